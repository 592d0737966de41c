// SPDX-License-Identifier: MIT
// Country and territory names in English, French and Spanish from ICU's
// locale data (every ISO 3166 region ICU knows, as ICU displays it), so
// the place gazetteer holds "Allemagne", "Países Bajos" and "Eswatini"
// without a hand list per language.
#include <unicode/locid.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

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
    // The short forms ICU gives some ("US", "UK", "Bosnia"), as technical
    // minutes write them; not "UN", which ICU lists there and is no place.
    for (const char* language : {"en", "fr", "es"}) {
      UErrorCode status = U_ZERO_ERROR;
      UResourceBundle* regions = ures_open(U_ICUDATA_NAME "-region", language, &status);
      UResourceBundle* short_names = ures_getByKey(regions, "Countries%short", nullptr, &status);
      for (int32_t i = 0; U_SUCCESS(status) && i < ures_getSize(short_names); ++i) {
        UErrorCode item_status = U_ZERO_ERROR;
        UResourceBundle* item = ures_getByIndex(short_names, i, nullptr, &item_status);
        int32_t length = 0;
        const UChar* name = ures_getString(item, &length, &item_status);
        const std::string_view code = ures_getKey(item) ? ures_getKey(item) : "";
        if (U_SUCCESS(item_status) && code.size() == 2 && code != "UN" && code != "EU" && code != "EZ") {
          std::string utf8;
          icu::UnicodeString(name, length).toUTF8String(utf8);
          built.push_back(std::move(utf8));
        }
        ures_close(item);
      }
      ures_close(short_names);
      ures_close(regions);
    }
    return built;
  }();
  return names;
}

}  // namespace quorum::names
