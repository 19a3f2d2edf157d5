// The brief's fixed texts in French and English (see report_text.h).
//
// Written for a councillor, not an economist: short sentences, one idea each,
// and a concrete example where a term is easily misread.
#include <iterator>

#include "ripple/base/error.h"
#include "ripple/report/report_text.h"

namespace ripple {
namespace {

struct Entry {
  TextId id;
  std::string_view french;
  std::string_view english;
};

// One row per TextId, in declaration order (checked by ReportText).
constexpr Entry kEntries[] = {
    {TextId::kBriefTitle, "Retombées économiques estimées", "Estimated economic impact"},
    {TextId::kConclusionHeading, "En résumé", "In short"},
    {TextId::kHeadlineHeading, "Les chiffres clés", "Key figures"},
    {TextId::kChartsHeading, "Graphiques", "Charts"},
    {TextId::kMeaningHeading, "Ce que signifient ces chiffres", "What these figures mean"},
    {TextId::kAssumptionsHeading, "Hypothèses retenues", "Assumptions"},
    {TextId::kWarningsHeading, "Points de vigilance", "Warnings"},
    {TextId::kMethodHeading, "Méthode et sources", "Method and sources"},
    {TextId::kClusterHeading, "Le cluster d’entreprises", "The business cluster"},
    {TextId::kGross, "Brut", "Gross"},
    {TextId::kNet, "Net", "Net"},
    {TextId::kCentralValue, "Valeur centrale", "Central value"},
    {TextId::kMedian, "Médiane", "Median"},
    {TextId::kLikelyRange, "Fourchette probable (P5–P95)", "Likely range (P5–P95)"},
    {TextId::kDirect, "Effets directs", "Direct effects"},
    {TextId::kIndirect, "Effets indirects", "Indirect effects"},
    {TextId::kInduced, "Effets induits", "Induced effects"},
    {TextId::kJobYearsExplained,
     "Un emploi-année correspond à un emploi occupé pendant un an. Un chantier qui fait "
     "travailler 10 personnes pendant 3 ans compte donc pour 30 emplois-années, et non pour "
     "30 emplois durables. Pour savoir combien de postes existent en même temps, il faut "
     "diviser par le nombre d’années. La section « Méthode et sources » précise si les "
     "emplois sont comptés en personnes ou en équivalents temps plein.",
     "A job-year is one job held for one year. A building project that employs 10 people for "
     "3 years therefore counts as 30 job-years, not 30 lasting jobs. To know how many posts "
     "exist at the same time, divide by the number of years. The method section says whether "
     "jobs are counted in persons or in full-time equivalents."},
    {TextId::kGrossNetExplained,
     "L’effet brut additionne toute l’activité liée au projet. L’effet net en retire ce qui "
     "se serait produit de toute façon, sans argent public (l’effet d’aubaine), et l’activité "
     "simplement déplacée vers le projet depuis une autre entreprise ou un territoire voisin "
     "(l’effet de déplacement). C’est l’effet net qui mesure ce que la dépense publique ajoute "
     "réellement à l’économie du territoire : il est en général plus faible que l’effet brut, "
     "et c’est lui qu’il faut comparer au coût.",
     "The gross effect adds up all the activity linked to the project. The net effect removes "
     "what would have happened anyway without public money (deadweight) and activity merely "
     "moved to the project from another firm or a neighbouring area (displacement). The net "
     "effect measures what public spending really adds to the local economy: it is usually "
     "smaller than the gross effect, and it is the one to compare with the cost."},
    {TextId::kTypeIIIExplained,
     "Une dépense fait d’abord travailler les entreprises payées directement (effet direct), "
     "puis leurs fournisseurs et les fournisseurs de ceux-ci (effet indirect). Le « type I » "
     "s’arrête là. Le « type II » ajoute l’effet induit : les personnes ainsi employées "
     "dépensent une partie de leur salaire dans les commerces et les services, ce qui crée "
     "encore de l’activité. Les chiffres de type II sont donc plus élevés ; ils reposent sur "
     "une hypothèse plus forte sur la consommation des ménages.",
     "Spending first gives work to the firms paid directly (direct effect), then to their "
     "suppliers and their suppliers’ suppliers (indirect effect). “Type I” stops there. "
     "“Type II” adds the induced effect: the people employed spend part of their wages in "
     "shops and services, which creates more activity. Type II figures are therefore higher; "
     "they rest on a stronger assumption about household spending."},
    {TextId::kConstantCurrentExplained,
     "Les euros courants sont les montants tels qu’ils sont payés l’année où ils sont "
     "dépensés. Les euros constants retirent l’effet de la hausse des prix, pour qu’un euro "
     "de 2030 et un euro de 2024 aient le même pouvoir d’achat et puissent être additionnés "
     "ou comparés. Les tableaux indiquent toujours l’année de référence des euros constants.",
     "Current euros are amounts as paid in the year they are spent. Constant euros remove the "
     "effect of rising prices, so that a euro of 2030 and a euro of 2024 buy the same amount "
     "and can be added or compared. Tables always state the base year of constant euros."},
    {TextId::kCentralMedianExplained,
     "La valeur centrale est le résultat obtenu avec la valeur la plus probable de chaque "
     "hypothèse. Comme plusieurs hypothèses sont incertaines, le calcul est aussi refait des "
     "milliers de fois en tirant chaque hypothèse au hasard dans sa fourchette (méthode de "
     "Monte-Carlo). La médiane est le résultat du milieu : la moitié des tirages donne moins, "
     "l’autre moitié donne plus. Les deux chiffres diffèrent quand les fourchettes ne sont pas "
     "symétriques autour de la valeur la plus probable. La fourchette P5–P95 contient "
     "90\u202F% des tirages : 5\u202F% donnent moins, 5\u202F% donnent plus.",
     "The central value is the result obtained with the most likely value of each assumption. "
     "Because several assumptions are uncertain, the calculation is also repeated thousands of "
     "times, drawing each assumption at random within its range (the Monte Carlo method). The "
     "median is the middle result: half the draws give less, half give more. The two figures "
     "differ when the ranges are not symmetric around the most likely value. The P5–P95 range "
     "holds 90% of the draws: 5% give less and 5% give more."},
};

static_assert(std::size(kEntries) == std::size(kAllTextIds), "one entry per TextId");

}  // namespace

std::string_view ReportText(TextId id, Language language) {
  size_t index = static_cast<size_t>(id);
  if (index >= std::size(kEntries) || kEntries[index].id != id) {
    throw Error(ErrorKind::kInternal, "report text table out of order");
  }
  const Entry& entry = kEntries[index];
  return language == Language::kFrench ? entry.french : entry.english;
}

}  // namespace ripple
