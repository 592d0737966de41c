// SPDX-License-Identifier: MIT
// Country and territory names in English, French and Spanish from ICU's
// locale data (every ISO 3166 region ICU knows, as ICU displays it), so
// the place gazetteer holds "Allemagne", "Países Bajos" and "Eswatini"
// without a hand list per language.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "common/entities/entity_names.h"

namespace quorum::names {

const std::vector<std::string>& IcuCountryNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> built;
    const icu::Locale languages[] = {icu::Locale("en"), icu::Locale("fr"), icu::Locale("es")};
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
      const icu::Locale region("", *code);
      for (const icu::Locale& language : languages) {
        icu::UnicodeString display;
        region.getDisplayCountry(language, display);
        std::string name;
        display.toUTF8String(name);
        if (name.empty() || name == *code) continue;  // ICU has no name for it
        // "Myanmar (Burma)", "Congo - Kinshasa": the name before the gloss too.
        for (const std::string_view cut : {" (", " - ", " ("}) {
          const size_t at = name.find(cut);
          if (at != std::string::npos) built.push_back(name.substr(0, at));
        }
        built.push_back(std::move(name));
      }
    }
    return built;
  }();
  return names;
}

}  // namespace quorum::names
