// Classification tables of the Eurostat importer: the ESA 2010 A*64 product
// list (CPA 2.1) with Eurostat's English labels, the NACE Rev. 2 code list of
// nama_10_a64_e, and the grouping of SBS (sbs_ovw_act) codes into products.
// These are properties of the classifications, identical for every country.
#include <cctype>

#include "import/eurostat/eurostat_internal.h"

namespace ripple {

std::string SectorCodeFromCpa(const std::string& cpa) {
  const std::string code = cpa.rfind("CPA_", 0) == 0 ? cpa.substr(4) : cpa;
  std::string out;
  for (size_t i = 0; i < code.size(); ++i) {
    out += code[i];
    const bool joins_divisions = (code[i] == '-' || code[i] == '_') && i + 1 < code.size() &&
                                 std::isdigit(static_cast<unsigned char>(code[i + 1]));
    if (joins_divisions) out += code[0];  // C10-12 -> C10-C12
  }
  return out;
}

const std::vector<A64Product>& A64Products() {
  // Eurostat naio_10_cp1700 labels (dimension prd_ava), verbatim.
  static const std::vector<std::pair<const char*, const char*>> kProducts = {
      {"CPA_A01", "Products of agriculture, hunting and related services"},
      {"CPA_A02", "Products of forestry, logging and related services"},
      {"CPA_A03",
       "Fish and other fishing products; aquaculture products; support services to fishing"},
      {"CPA_B", "Mining and quarrying"},
      {"CPA_C10-12", "Food, beverages and tobacco products"},
      {"CPA_C13-15", "Textiles, wearing apparel, leather and related products"},
      {"CPA_C16",
       "Wood and of products of wood and cork, except furniture; articles of straw and plaiting "
       "materials"},
      {"CPA_C17", "Paper and paper products"},
      {"CPA_C18", "Printing and recording services"},
      {"CPA_C19", "Coke and refined petroleum products"},
      {"CPA_C20", "Chemicals and chemical products"},
      {"CPA_C21", "Basic pharmaceutical products and pharmaceutical preparations"},
      {"CPA_C22", "Rubber and plastic products"},
      {"CPA_C23", "Other non-metallic mineral products"},
      {"CPA_C24", "Basic metals"},
      {"CPA_C25", "Fabricated metal products, except machinery and equipment"},
      {"CPA_C26", "Computer, electronic and optical products"},
      {"CPA_C27", "Electrical equipment"},
      {"CPA_C28", "Machinery and equipment n.e.c."},
      {"CPA_C29", "Motor vehicles, trailers and semi-trailers"},
      {"CPA_C30", "Other transport equipment"},
      {"CPA_C31_32", "Furniture and other manufactured goods"},
      {"CPA_C33", "Repair and installation services of machinery and equipment"},
      {"CPA_D", "Electricity, gas, steam and air conditioning"},
      {"CPA_E36", "Natural water; water treatment and supply services"},
      {"CPA_E37-39",
       "Sewerage services; sewage sludge; waste collection, treatment and disposal services; "
       "materials recovery services; remediation services and other waste management services"},
      {"CPA_F", "Constructions and construction works"},
      {"CPA_G45",
       "Wholesale and retail trade and repair services of motor vehicles and motorcycles"},
      {"CPA_G46", "Wholesale trade services, except of motor vehicles and motorcycles"},
      {"CPA_G47", "Retail trade services, except of motor vehicles and motorcycles"},
      {"CPA_H49", "Land transport services and transport services via pipelines"},
      {"CPA_H50", "Water transport services"},
      {"CPA_H51", "Air transport services"},
      {"CPA_H52", "Warehousing and support services for transportation"},
      {"CPA_H53", "Postal and courier services"},
      {"CPA_I", "Accommodation and food services"},
      {"CPA_J58", "Publishing services"},
      {"CPA_J59_60",
       "Motion picture, video and television programme production services, sound recording and "
       "music publishing; programming and broadcasting services"},
      {"CPA_J61", "Telecommunications services"},
      {"CPA_J62_63",
       "Computer programming, consultancy and related services; Information services"},
      {"CPA_K64", "Financial services, except insurance and pension funding"},
      {"CPA_K65",
       "Insurance, reinsurance and pension funding services, except compulsory social security"},
      {"CPA_K66", "Services auxiliary to financial services and insurance services"},
      {"CPA_L68A", "Imputed rents of owner-occupied dwellings"},
      {"CPA_L68B", "Real estate services excluding imputed rents"},
      {"CPA_M69_70",
       "Legal and accounting services; services of head offices; management consultancy services"},
      {"CPA_M71",
       "Architectural and engineering services; technical testing and analysis services"},
      {"CPA_M72", "Scientific research and development services"},
      {"CPA_M73", "Advertising and market research services"},
      {"CPA_M74_75",
       "Other professional, scientific and technical services and veterinary services"},
      {"CPA_N77", "Rental and leasing services"},
      {"CPA_N78", "Employment services"},
      {"CPA_N79",
       "Travel agency, tour operator and other reservation services and related services"},
      {"CPA_N80-82",
       "Security and investigation services; services to buildings and landscape; office "
       "administrative, office support and other business support services"},
      {"CPA_O", "Public administration and defence services; compulsory social security services"},
      {"CPA_P", "Education services"},
      {"CPA_Q86", "Human health services"},
      {"CPA_Q87_88", "Residential care services; social work services without accommodation"},
      {"CPA_R90-92",
       "Creative, arts, entertainment, library, archive, museum, other cultural services; gambling "
       "and betting services"},
      {"CPA_R93", "Sporting services and amusement and recreation services"},
      {"CPA_S94", "Services furnished by membership organisations"},
      {"CPA_S95", "Repair services of computers and personal and household goods"},
      {"CPA_S96", "Other personal services"},
      {"CPA_T",
       "Services of households as employers; undifferentiated goods and services produced by "
       "households for own use"},
      {"CPA_U", "Services provided by extraterritorial organisations and bodies"},
  };
  static const std::vector<A64Product> products = [] {
    std::vector<A64Product> list;
    for (const auto& [cpa, label] : kProducts) list.push_back({cpa, SectorCodeFromCpa(cpa), label});
    return list;
  }();
  return products;
}

namespace eurostat {

const std::vector<NaceEmploymentCode>& NamaA64Codes() {
  // nama_10_a64_e, dimension nace_r2. Divisions (and the groupings published
  // instead of divisions at A*64) map to one product; the rest are totals.
  // clang-format off
  static const std::vector<NaceEmploymentCode> kCodes = {
      {"TOTAL", ""}, {"A", ""}, {"A01", "A01"}, {"A02", "A02"}, {"A03", "A03"}, {"B-E", ""},
      {"B", "B"}, {"C", ""}, {"C10-C12", "C10-C12"}, {"C13-C15", "C13-C15"}, {"C16-C18", ""},
      {"C16", "C16"}, {"C17", "C17"}, {"C18", "C18"}, {"C19", "C19"}, {"C20", "C20"},
      {"C21", "C21"}, {"C22_C23", ""}, {"C22", "C22"}, {"C23", "C23"}, {"C24_C25", ""},
      {"C24", "C24"}, {"C25", "C25"}, {"C26", "C26"}, {"C27", "C27"}, {"C28", "C28"},
      {"C29_C30", ""}, {"C29", "C29"}, {"C30", "C30"}, {"C31-C33", ""}, {"C31_C32", "C31_C32"},
      {"C33", "C33"}, {"D", ""}, {"D35", "D"}, {"E", ""}, {"E36", "E36"}, {"E37-E39", "E37-E39"},
      {"F", "F"}, {"G-I", ""}, {"G", ""}, {"G45", "G45"}, {"G46", "G46"}, {"G47", "G47"},
      {"H", ""}, {"H49", "H49"}, {"H50", "H50"}, {"H51", "H51"}, {"H52", "H52"}, {"H53", "H53"},
      {"I", "I"}, {"J", ""}, {"J58-J60", ""}, {"J58", "J58"}, {"J59_J60", "J59_J60"},
      {"J61", "J61"}, {"J62_J63", "J62_J63"}, {"K", ""}, {"K64", "K64"}, {"K65", "K65"},
      {"K66", "K66"}, {"L", ""}, {"L68", "L68B"}, {"L68A", "L68A"}, {"M_N", ""}, {"M", ""},
      {"M69-M71", ""}, {"M69_M70", "M69_M70"}, {"M71", "M71"}, {"M72", "M72"},
      {"M73-M75", ""}, {"M73", "M73"}, {"M74_M75", "M74_M75"}, {"N", ""}, {"N77", "N77"},
      {"N78", "N78"}, {"N79", "N79"}, {"N80-N82", "N80-N82"}, {"O-Q", ""}, {"O", ""},
      {"O84", "O"}, {"P", ""}, {"P85", "P"}, {"Q", ""}, {"Q86", "Q86"}, {"Q87_Q88", "Q87_Q88"},
      {"R-U", ""}, {"R", ""}, {"R90-R92", "R90-R92"}, {"R93", "R93"}, {"S", ""},
      {"S94", "S94"}, {"S95", "S95"}, {"S96", "S96"}, {"T", "T"}, {"U", ""}, {"U99", "U"},
  };
  // clang-format on
  return kCodes;
}

const std::vector<SbsGroup>& SbsGroups() {
  // sbs_ovw_act, dimension nace_r2. A group lists products whose SBS figures
  // come from the same section when the divisions are not in the file.
  // clang-format off
  static const std::vector<SbsGroup> kGroups = {
      {{"B"}, {{"B"}}, ""},
      {{"C10-C12"}, {{"C10", "C11", "C12"}}, ""},
      {{"C13-C15"}, {{"C13", "C14", "C15"}}, ""},
      {{"C16"}, {{"C16"}}, ""}, {{"C17"}, {{"C17"}}, ""}, {{"C18"}, {{"C18"}}, ""},
      {{"C19"}, {{"C19"}}, ""}, {{"C20"}, {{"C20"}}, ""}, {{"C21"}, {{"C21"}}, ""},
      {{"C22"}, {{"C22"}}, ""}, {{"C23"}, {{"C23"}}, ""}, {{"C24"}, {{"C24"}}, ""},
      {{"C25"}, {{"C25"}}, ""}, {{"C26"}, {{"C26"}}, ""}, {{"C27"}, {{"C27"}}, ""},
      {{"C28"}, {{"C28"}}, ""}, {{"C29"}, {{"C29"}}, ""}, {{"C30"}, {{"C30"}}, ""},
      {{"C31_C32"}, {{"C31", "C32"}}, ""},
      {{"C33"}, {{"C33"}}, ""},
      {{"D"}, {{"D35"}}, "D"},
      {{"E36", "E37-E39"}, {{"E36"}, {"E37", "E38", "E39"}}, "E"},
      {{"F"}, {{"F41", "F42", "F43"}}, "F"},
      {{"G45", "G46", "G47"}, {{"G45"}, {"G46"}, {"G47"}}, "G"},
      {{"H49", "H50", "H51", "H52", "H53"}, {{"H49"}, {"H50"}, {"H51"}, {"H52"}, {"H53"}}, "H"},
      {{"I"}, {{"I55", "I56"}}, "I"},
      {{"J58", "J59_J60", "J61", "J62_J63"}, {{"J58"}, {"J59", "J60"}, {"J61"}, {"J62", "J63"}}, "J"},
      {{"K64", "K65", "K66"}, {{"K64"}, {"K65"}, {"K66"}}, "K"},
      {{"L68B"}, {{"L68"}}, "L"},
      {{"M69_M70", "M71", "M72", "M73", "M74_M75"},
       {{"M69", "M70"}, {"M71"}, {"M72"}, {"M73"}, {"M74", "M75"}}, "M"},
      {{"N77", "N78", "N79", "N80-N82"}, {{"N77"}, {"N78"}, {"N79"}, {"N80", "N81", "N82"}}, "N"},
      {{"P"}, {{"P85"}}, "P"},
      {{"Q86", "Q87_Q88"}, {{"Q86"}, {"Q87", "Q88"}}, "Q"},
      {{"R90-R92", "R93"}, {{"R90", "R91", "R92"}, {"R93"}}, "R"},
      {{"S95"}, {{"S95"}}, ""}, {{"S96"}, {{"S96"}}, ""},
  };
  // clang-format on
  return kGroups;
}

const std::vector<std::string>& SbsUncovered() {
  static const std::vector<std::string> kUncovered = {"A01", "A02", "A03", "L68A",
                                                      "O",   "S94", "T",   "U"};
  return kUncovered;
}

}  // namespace eurostat
}  // namespace ripple
