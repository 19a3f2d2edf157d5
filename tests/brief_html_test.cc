// brief.html written by `ripple run`: its structure (exact list of headings
// and figures), figures read from the result, language choice, ranges with
// --draws, and errors. The browser test is in brief_html_chromium_test.cc.
#include "ripple/report/brief_html.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "ripple/analysis/metrics.h"
#include "support/chromium.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

std::string RunBrief(const std::string& name, const std::string& flags) {
  const std::string dir = MakeTempDir(name);
  const CliResult run = RunCli("run '" + RepoPath("scenarios/plaine-images-baseline.toml") +
                               "' --quiet --out '" + dir + "/out' " + flags);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return ReadTextFile(dir + "/out/brief.html");
}

size_t Count(const std::string& text, const std::string& piece) {
  size_t n = 0;
  for (size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("brief.html of the Plaine Images baseline: sections in the issue's order, cluster apart",
          "[brief_html]") {
  const std::string html = RunBrief("brief-fr", "");
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"fr\">", 0) ==
        0);  // the scenario says language = "fr"
  CHECK(HtmlOutline(html) ==
        std::vector<std::string>{
            "h1:Retombées économiques estimées", "h2:En résumé", "h2:Les chiffres clés",
            "h3:Effets et coût par intervention", "h2:Graphiques", "figure:jobs-by-year",
            "figure:gross-to-net", "figure:by-intervention", "figure:fiscal-return-by-level",
            "h2:Le cluster d’entreprises", "h3:Plaine Images: firms, jobs and revenue on the site",
            "h2:Ce que signifient ces chiffres", "h2:Hypothèses retenues", "h2:Points de vigilance",
            "h2:Méthode et sources"});
  // Figures of summary.csv (public cost 8,427,240 EUR; net employment 47.797 job-years over 6
  // years = 7.97 a year; gross 94.414 / 6 = 15.74), French typography (U+202F groups).
  CHECK(html.find("<tr><th scope=\"row\">Coût public</th><td class=\"num\" "
                  "colspan=\"2\">8\u202F427\u202F000\u202F€</td></tr>") != std::string::npos);
  CHECK(html.find(
            "<tr><th scope=\"row\">Emplois en moyenne par an</th><td class=\"num\">15,7</td><td "
            "class=\"num\">8,0</td></tr>") != std::string::npos);
  // The cluster is never a row of the effects table: one row, the subsidy.
  const size_t table = html.find("<table class=\"interventions\">");
  const std::string effects = html.substr(table, html.find("</table>", table) - table);
  CHECK(Count(effects, "<tr><td>") == 1);
  CHECK(effects.find("Plaine Images: firms") == std::string::npos);
  CHECK(html.find("<tr><td>2030</td><td class=\"num\">178</td><td class=\"num\">2\u202F083</td>") !=
        std::string::npos);
  // Assumptions carry the comment written beside them in the scenario as their source.
  CHECK(html.find("ASSUMPTION, range 0.1-0.5: firms and events drawn from elsewhere in Nord") !=
        std::string::npos);
  CHECK(html.find("<td>inflation_rate</td><td class=\"num\">0,02</td><td class=\"num\">0,01316 – "
                  "0,02684</td>") != std::string::npos);
  // Self-contained: nothing to fetch, no script.
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(Count(html, "http") ==
        1 + Count(html, "xmlns=\"http://www.w3.org/2000/svg\""));  // + http-equiv
  CHECK(RunBrief("brief-fr-again", "") == html);                   // deterministic
}

TEST_CASE("ripple run --lang en overrides the scenario's language", "[brief_html]") {
  const std::string html = RunBrief("brief-en", "--lang en");
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("<h2>In short</h2>") != std::string::npos);
  CHECK(html.find(
            "It would support on average 8.0 net jobs a year in the area (47.8 net job-years)") !=
        std::string::npos);
  const CliResult bad =
      RunCli("run '" + RepoPath("scenarios/plaine-images-baseline.toml") + "' --lang de");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("--lang de: expected fr or en") != std::string::npos);
}

TEST_CASE("ripple run --draws puts P5 / median / P95 beside the headline figures",
          "[brief_html][sensitivity]") {
  const std::string html = RunBrief("brief-draws", "--draws 200 --seed 7");
  CHECK(HtmlOutline(html).size() == 17);  // the distribution and the tornado are added
  CHECK(html.find("aria-labelledby=\"net-jobs-distribution-title") != std::string::npos);
  CHECK(html.find("aria-labelledby=\"tornado-title") != std::string::npos);
  CHECK(Count(html, "<span class=\"range\">médiane ") ==
        14);  // every cell: 2 wide rows + 6 rows x 2
  CHECK(html.find("de 200 simulations de Monte-Carlo (graine 7)") != std::string::npos);
  CHECK(html.find("La valeur centrale est le résultat obtenu") != std::string::npos);
  CHECK(RunBrief("brief-draws-again", "--draws 200 --seed 7") == html);
}

TEST_CASE("brief ranges are type-7 quantiles of the defined draws", "[brief_html]") {
  MonteCarloResult mc;
  mc.keys = {{"all", "employment", "total", "net", "total", "average_annual_jobs", "persons"}};
  mc.draws = 6;
  mc.headline_metrics = {0};
  mc.headline_draws = {{3, 1, std::nan(""), 5, 2, 4}};  // defined: 1..5
  REQUIRE(Headlines(mc.keys).size() == 1);
  const BriefRanges ranges = MakeBriefRanges(mc, 1, {});
  const FigureRange& r = ranges.figures.at("net_jobs");
  CHECK(r.p05 == Approx(1.2));  // 1 + 0.05 x 4
  CHECK(r.median == Approx(3));
  CHECK(r.p95 == Approx(4.8));
  CHECK(ranges.net_jobs_samples.size() == 5);
}

TEST_CASE("ParameterLabel puts an intervention's field before its id", "[brief_html]") {
  CHECK(ParameterLabel("interventions.plaine-images-subsidy.wage_share") ==
        "wage_share (plaine-images-subsidy)");
  CHECK(ParameterLabel("interventions.x.amounts[2]") == "amounts[2] (x)");
  CHECK(ParameterLabel("additionality.deadweight") == "additionality.deadweight");
  CHECK(ParameterLabel("interventions.x") == "interventions.x");
}

TEST_CASE("CommentAtLine reads the comment beside a value and its indented continuation",
          "[brief_html]") {
  const std::string text =
      "a = 1  # first  part\n        # second\nb = 2\n  # not a continuation of b? yes\nc = 3\n";
  CHECK(CommentAtLine(text, 1) == "first part second");
  CHECK(CommentAtLine(text, 3) == "not a continuation of b? yes");
  CHECK(CommentAtLine(text, 5) == "");
  CHECK(CommentAtLine(text, 99) == "");
}

TEST_CASE("a scenario's language must be fr or en", "[brief_html][errors]") {
  const std::string dir = MakeTempDir("brief-lang");
  WriteTextFile(dir + "/s.toml",
                "name = \"x\"\nlanguage = \"de\"\nmodel = \"" +
                    RepoPath("tests/fixtures/miller_blair_2009_table_2_3") +
                    "\"\nstart_year = 2025\nend_year = 2025\n[[interventions]]\ntype = "
                    "\"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 50\n");
  const CliResult run = RunCli("check '" + dir + "/s.toml'");
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("s.toml:2:12: language: unknown value 'de' (expected \"fr\" or \"en\")") !=
        std::string::npos);
}

TEST_CASE("brief.html without an employment satellite has no job chart", "[brief_html]") {
  const std::string dir = MakeTempDir("brief-mb");
  WriteTextFile(
      dir + "/s.toml",
      "name = \"Miller & Blair\"\nmodel = \"" +
          RepoPath("tests/fixtures/miller_blair_2009_table_2_3") +
          "\"\nstart_year = 2025\nend_year = 2026\neffects = \"type1\"\n[[interventions]]\n"
          "type = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 50\n");
  REQUIRE(RunCli("run '" + dir + "/s.toml' --quiet --out '" + dir + "/out'").exit_code == 0);
  const std::string html = ReadTextFile(dir + "/out/brief.html");
  CHECK(html.find("<title>Miller &amp; Blair</title>") != std::string::npos);
  CHECK(HtmlOutline(html) ==
        std::vector<std::string>{"h1:Estimated economic impact", "h2:In short", "h2:Key figures",
                                 "h3:Effects and cost by intervention", "h2:Charts",
                                 "figure:by-intervention", "h2:What these figures mean",
                                 "h2:Assumptions", "h2:Method and sources"});
}

TEST_CASE("brief.md: the cluster has its own section, not a row under net job-years",
          "[brief_html]") {
  const std::string dir = MakeTempDir("brief-md");
  REQUIRE(RunCli("run '" + RepoPath("scenarios/plaine-images-baseline.toml") + "' --quiet --out '" +
                 dir + "/out'")
              .exit_code == 0);
  const std::string md = ReadTextFile(dir + "/out/brief.md");
  CHECK(md.find("↳ cluster") == std::string::npos);
  CHECK(md.find("| plaine-images-cluster |") == std::string::npos);
  CHECK(md.find("## Cluster plaine-images-cluster\n") != std::string::npos);
  CHECK(md.find("| 2030 | 178 | 2,083 |") != std::string::npos);
}
