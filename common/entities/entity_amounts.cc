// SPDX-License-Identifier: MIT
// Amounts of money: "USD 5 million", "US$ 40 million", "$1,092 million",
// "5.5 billion dollars", "seven million dollars", "2,8 millions de
// dollars É.-U.", "CHF 2,7 millones", "EUR 140 000". The value is the ISO
// 4217 code and the number without separators: "USD 5000000". A bare "$"
// or "dollars" is the United States dollar, as in United Nations usage.
#include <cctype>

#include "common/entities/entity_names.h"

namespace quorum::names {
namespace {

struct Currency {
  std::string_view text;
  std::string_view code;
};

// Before the number, longest first.
constexpr Currency kSymbols[] = {{"US$ ", "USD"},  {"US$", "USD"},  {"USD ", "USD"},    {"EUR ", "EUR"},
                                 {"CHF ", "CHF"},  {"GBP ", "GBP"}, {"JPY ", "JPY"},    {"QAR ", "QAR"},
                                 {"$ ", "USD"},    {"$", "USD"},    {"\u20AC ", "EUR"}, {"\u20AC", "EUR"},
                                 {"\u00A3", "GBP"}};

// After the number (and its scale), longest first.
constexpr Currency kNames[] = {{"de dollars des \u00C9tats-Unis", "USD"},
                               {"dollars des \u00C9tats-Unis", "USD"},
                               {"de dollars \u00C9.-U.", "USD"},
                               {"dollars \u00C9.-U.", "USD"},
                               {"de d\u00F3lares de los Estados Unidos", "USD"},
                               {"d\u00F3lares de los Estados Unidos", "USD"},
                               {"United States dollars", "USD"},
                               {"US dollars", "USD"},
                               {"de d\u00F3lares", "USD"},
                               {"d\u00F3lares", "USD"},
                               {"de dollars", "USD"},
                               {"dollars", "USD"},
                               {"d\u2019euros", "EUR"},
                               {"d'euros", "EUR"},
                               {"de euros", "EUR"},
                               {"euros", "EUR"},
                               {"de francs suisses", "CHF"},
                               {"francs suisses", "CHF"},
                               {"de francos suizos", "CHF"},
                               {"francos suizos", "CHF"},
                               {"Swiss francs", "CHF"},
                               {"Qatar riyals", "QAR"},
                               {"Qatari riyals", "QAR"},
                               {"Saudi riyals", "SAR"},
                               {"pounds sterling", "GBP"},
                               {"rand", "ZAR"},
                               {"\u20AC", "EUR"},
                               {"USD", "USD"},
                               {"EUR", "EUR"},
                               {"CHF", "CHF"}};

// Scale words and their powers of ten; "mil millones" is a thousand million.
struct Scale {
  std::string_view word;
  int exponent;
};
constexpr Scale kScales[] = {{"mil millones", 9}, {"thousand", 3},  {"millions", 6},  {"million", 6},  {"billions", 9},
                             {"billion", 9},      {"trillion", 12}, {"milliards", 9}, {"milliard", 9}, {"millones", 6},
                             {"millón", 6},       {"mille", 3},     {"mil", 3}};

constexpr std::string_view kNumberWords[] = {"zero",     "one",      "two",      "three",   "four",    "five",
                                             "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                                             "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                             "eighteen", "nineteen", "twenty"};

bool Digit(std::string_view text, size_t i) {
  return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
}

bool StartsWith(std::string_view text, size_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

// Space-like group separators: " ", no-break space, narrow no-break space.
size_t GroupSpace(std::string_view text, size_t i) {
  if (StartsWith(text, i, " ")) return 1;
  if (StartsWith(text, i, "\u00A0")) return 2;
  if (StartsWith(text, i, "\u202F")) return 3;
  return 0;
}

// A number at text[i]: digits and the fraction digits, or 0 on no number.
size_t ReadNumber(std::string_view text, size_t i, bool decimal_comma, std::string* digits, int* fraction,
                  bool after_sign = false) {
  if (!Digit(text, i) ||
      (i > 0 && !after_sign && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '/')))
    return 0;
  size_t j = i;
  digits->clear();
  *fraction = 0;
  const char group = decimal_comma ? '.' : ',';
  const char point = decimal_comma ? ',' : '.';
  while (Digit(text, j)) *digits += text[j++];
  // Groups of three digits follow a first group of one to three.
  const bool grouped = digits->size() <= 3;
  while (grouped && j < text.size()) {
    const size_t width = text[j] == group ? 1 : GroupSpace(text, j);
    if (width > 0 && Digit(text, j + width) && Digit(text, j + width + 1) && Digit(text, j + width + 2) &&
        !Digit(text, j + width + 3)) {
      *digits += text.substr(j + width, 3);
      j += width + 3;
      continue;
    }
    break;
  }
  // "5 008.50 €" in French: a point before one or two digits (a group has
  // three) is a decimal point whatever the language's own.
  size_t after = j + 1;
  while (Digit(text, after)) ++after;
  const bool cents = decimal_comma && j < text.size() && text[j] == '.' && after > j + 1 && after <= j + 3;
  if (j + 1 < text.size() && (text[j] == point || cents) && Digit(text, j + 1)) {
    ++j;
    while (Digit(text, j)) {
      *digits += text[j++];
      ++*fraction;
    }
  }
  return j - i;
}

// digits * 10^exponent / 10^fraction, written without leading zeros.
std::string Scaled(std::string digits, int fraction, int exponent) {
  if (exponent >= fraction) {
    digits.append(static_cast<size_t>(exponent - fraction), '0');
  } else {
    const size_t point = digits.size() - static_cast<size_t>(fraction - exponent);
    digits.insert(point, ".");
    while (digits.back() == '0') digits.pop_back();
    if (digits.back() == '.') digits.pop_back();
  }
  const size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return "0";
  if (digits[first] == '.') return digits.substr(first - 1);
  return digits.substr(first);
}

// The scale word at text[i] (after one space): its exponent and length, or 0.
size_t ReadScale(std::string_view text, size_t i, int* exponent) {
  const size_t space = GroupSpace(text, i);
  if (space == 0) return 0;
  for (const Scale& scale : kScales) {
    const size_t end = i + space + scale.word.size();
    if (StartsWith(text, i + space, scale.word) &&
        (end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end])))) {
      *exponent = scale.exponent;
      return space + scale.word.size();
    }
  }
  return 0;
}

// A currency name at text[i] (after one space): its code and length, or 0.
size_t ReadName(std::string_view text, size_t i, std::string_view* code) {
  const size_t space = GroupSpace(text, i);
  if (space == 0) return 0;
  for (const Currency& name : kNames) {
    const size_t end = i + space + name.text.size();
    if (StartsWith(text, i + space, name.text) &&
        (end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end])))) {
      *code = name.code;
      return space + name.text.size();
    }
  }
  return 0;
}

}  // namespace

void TagAmounts(std::string_view text, const EntityContext& context, std::vector<EntitySpan>* out) {
  const bool decimal_comma = context.language == "fr" || context.language == "es";
  std::string digits;
  int fraction = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
    // Only a digit, a currency sign or code, or a number word can start an amount.
    static constexpr std::string_view kStarts = "0123456789$UECGJQR\xE2\xC2zotfsenZOTFSEN";
    if (kStarts.find(text[i]) == std::string_view::npos) continue;
    // "USD 5 million", "$75 million".
    std::string_view code;
    size_t at = i;
    for (const Currency& symbol : kSymbols)
      if (StartsWith(text, i, symbol.text)) {
        code = symbol.code;
        at = i + symbol.text.size();
        break;
      }
    // "R179 million": the rand's sign, read only with a scale word, as
    // "R2" or "R101" are more often a rule or a road than money.
    const bool rand = code.empty() && text[i] == 'R' && Digit(text, i + 1);
    if (rand) {
      code = "ZAR";
      at = i + 1;
    }
    size_t length = ReadNumber(text, at, decimal_comma, &digits, &fraction, rand);
    int exponent = 0;
    if (length == 0 && code.empty()) {
      // "seven million dollars": a number word only with a scale.
      if (!std::isalpha(static_cast<unsigned char>(text[i]))) continue;
      for (size_t n = 0; n < std::size(kNumberWords) && length == 0; ++n) {
        const std::string_view word = kNumberWords[n];
        const bool capital = text.substr(i, 1) == std::string(1, static_cast<char>(std::toupper(word[0])));
        if ((StartsWith(text, i, word) || (capital && StartsWith(text, i + 1, word.substr(1)))) &&
            ReadScale(text, i + word.size(), &exponent) > 0) {
          digits = std::to_string(n);
          fraction = 0;
          length = word.size();
        }
      }
      if (length == 0) continue;
    } else if (length == 0) {
      continue;
    }
    size_t end = at + length;
    const size_t scale = ReadScale(text, end, &exponent);
    if (rand && scale == 0) continue;
    end += scale;
    if (code.empty()) {
      const size_t name = ReadName(text, end, &code);
      if (name == 0) continue;
      end += name;
    }
    out->push_back({entity_type::kAmount, i, end, std::string(code) + " " + Scaled(digits, fraction, exponent)});
    i = end - 1;
  }
}

}  // namespace quorum::names
