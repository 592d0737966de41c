// SPDX-License-Identifier: MIT
// Opening databases for reading: index folders, sharded indexes and stub
// files of local and remote shards, with the schema check in one place.
#include "common/index/database.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/base/error.h"
#include "common/index/schema.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

constexpr const char* kNote = "\nquorum-search: note: ";
// A stub may list stubs; deeper than this, it lists itself somewhere.
constexpr int kMaxStubDepth = 8;

struct Shard {
  Xapian::Database database;
  std::string name;  // for messages: "database 'idx'" or "shard 'remote …' (stub file 'S' line 3)"
};

// Xapian opens a regular file as a single-file glass database when it starts
// with glass's magic bytes, and as a stub file otherwise; so do we.
bool IsSingleFileIndex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[14] = {};
  return in.read(magic, sizeof magic) && std::string(magic, sizeof magic) == "\x0f\x0dXapian Glass";
}

void CheckSchema(const Shard& shard) {
  const std::string stored = shard.database.get_metadata(std::string(schema::kVersionKey));
  const std::string expected = std::to_string(schema::kVersion);
  if (stored != expected)
    throw SchemaMismatchError(shard.name + " has schema version " + (stored.empty() ? "(none)" : stored) +
                              ", this program expects " + expected + "; re-run quorum-index with --overwrite");
}

void OpenPath(const std::string& path, const std::string& context, int depth, std::vector<Shard>* shards);

// `context` is "" for a --db path, else "stub file 'S' line N: ".
void OpenStub(const std::string& stub, const std::string& context, int depth, std::vector<Shard>* shards) {
  if (depth > kMaxStubDepth)
    throw Error(context + "stub file '" + stub + "' nests stub files more than " + std::to_string(kMaxStubDepth) +
                " deep" + kNote + "a stub file lists itself, directly or through another");
  std::ifstream in(stub);
  if (!in) throw Error(context + "cannot read stub file '" + stub + "'");
  const fs::path folder = fs::path(stub).parent_path();
  const size_t before = shards->size();
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = "stub file '" + stub + "' line " + std::to_string(number);
    const std::string here = where + ": ";
    const size_t space = line.find(' ');
    const std::string type = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    const std::string shard_name = "shard '" + line + "' (" + where + ")";
    if ((type == "auto" || type == "glass") && !rest.empty()) {
      // Relative paths are relative to the stub file's folder, as in Xapian.
      const std::string target = fs::path(rest).is_absolute() ? rest : (folder / rest).string();
      if (type == "auto") {
        OpenPath(target, here, depth + 1, shards);
        continue;
      }
      try {
        shards->push_back({Xapian::Database(target, Xapian::DB_BACKEND_GLASS), shard_name});
      } catch (const Xapian::Error& e) {
        throw Error(here + "cannot open shard '" + target + "': " + e.get_msg() + kNote +
                    "fix or remove the line, or build the shard with 'quorum-index --db " + target + " NOTES...'");
      }
    } else if (type == "remote" && rest.size() > 1 && rest[0] == ':') {
      // "remote :PROGRAM ARGS": Xapian runs the program and speaks its
      // remote protocol over the program's stdin and stdout.
      const size_t gap = rest.find(' ');
      const std::string program = rest.substr(1, gap == std::string::npos ? std::string::npos : gap - 1);
      const std::string args = gap == std::string::npos ? "" : rest.substr(gap + 1);
      try {
        shards->push_back({Xapian::Remote::open(program, args), shard_name});
      } catch (const Xapian::Error& e) {
        throw Error(here + "cannot search through '" + rest.substr(1) + "': " + e.get_description() + kNote +
                    "check that the command runs by itself, e.g. 'ssh HOST xapian-progsrv INDEX'");
      }
    } else if (type == "remote" && rest.rfind(':') != std::string::npos) {
      // "remote HOST:PORT" or "remote [IPv6]:PORT": a xapian-tcpsrv.
      const size_t colon = rest.rfind(':');
      std::string host = rest.substr(0, colon);
      const std::string port_text = rest.substr(colon + 1);
      if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
      const bool digits = !port_text.empty() && port_text.size() <= 5 &&
                          std::all_of(port_text.begin(), port_text.end(), [](char c) { return c >= '0' && c <= '9'; });
      const int port = digits ? std::atoi(port_text.c_str()) : 0;
      if (host.empty() || port < 1 || port > 65535)
        throw Error(here + "'" + line + "' needs a host and a port from 1 to 65535" + kNote +
                    "write 'remote HOST:PORT', as given to 'xapian-tcpsrv --interface HOST --port PORT'");
      try {
        shards->push_back({Xapian::Remote::open(host, static_cast<unsigned>(port)), shard_name});
      } catch (const Xapian::Error& e) {
        throw Error(here + "cannot reach xapian-tcpsrv at " + rest + ": " + e.get_description() + kNote +
                    "start it there ('xapian-tcpsrv --interface " + host + " --port " + port_text +
                    " INDEX'), or fix or remove the line");
      }
    } else {
      throw Error(
          here + "cannot read '" + line + "' as a shard" + kNote +
          "each line is 'auto PATH' (a local index; relative to the stub file's folder), "
          "'remote HOST:PORT' (xapian-tcpsrv) or 'remote :PROGRAM ARGS' (e.g. ':ssh HOST xapian-progsrv INDEX')");
    }
    try {
      CheckSchema(shards->back());
    } catch (const Xapian::Error& e) {
      throw Error(here + "cannot read " + shards->back().name + ": " + e.get_description());
    }
  }
  if (shards->size() == before)
    throw Error(context + "stub file '" + stub + "' lists no shards" + kNote +
                "add one line per shard, such as 'auto shard-00' or 'remote 10.0.0.2:7000'");
}

void OpenPath(const std::string& path, const std::string& context, int depth, std::vector<Shard>* shards) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  // An index folder that is not itself an index but holds XAPIANDB is a
  // sharded index (quorum-index --shards writes one).
  if (fs::is_directory(status) && !fs::exists(fs::path(path) / "iamglass") &&
      fs::is_regular_file(fs::path(path) / "XAPIANDB"))
    return OpenStub((fs::path(path) / "XAPIANDB").string(), context, depth, shards);
  if (fs::is_regular_file(status) && !IsSingleFileIndex(path)) return OpenStub(path, context, depth, shards);
  Shard shard;
  shard.name = context.empty() ? "database '" + path + "'" : context + "shard '" + path + "'";
  // quorum-index may commit twice while the open (or the schema check) reads
  // the tables; Xapian then throws DatabaseModifiedError, and opening again
  // reads the latest commit.
  for (int attempt = 1;; ++attempt) {
    try {
      shard.database = Xapian::Database(path);
      CheckSchema(shard);
      break;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 5) throw;
    } catch (const Xapian::Error& e) {
      throw Error(context + "cannot open database '" + path + "': " + e.get_msg() + kNote +
                  "build it first with 'quorum-index --db " + path + " NOTES...'");
    }
  }
  shards->push_back(shard);
}

// Appends the words of `text` not yet in `*seen` to `*out`, space-separated.
void UnionWords(const std::string& text, std::vector<std::string>* seen) {
  std::istringstream words(text);
  for (std::string word; words >> word;)
    if (std::find(seen->begin(), seen->end(), word) == seen->end()) seen->push_back(word);
}

// An empty in-memory shard holding what the search side reads from the
// metadata, merged from every shard (see database.h).
Xapian::Database MergedMetadata(const std::vector<Shard>& shards) {
  std::vector<std::string> languages, synonyms;
  for (const Shard& shard : shards) {
    UnionWords(shard.database.get_metadata(std::string(schema::kLanguagesKey)), &languages);
    std::istringstream lines(shard.database.get_metadata(std::string(schema::kSynonymsKey)));
    for (std::string line; std::getline(lines, line);)
      if (!line.empty() && std::find(synonyms.begin(), synonyms.end(), line) == synonyms.end())
        synonyms.push_back(line);
  }
  auto join = [](const std::vector<std::string>& parts, const char* separator) {
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : separator) + part;
    return text;
  };
  Xapian::WritableDatabase metadata(std::string(), Xapian::DB_BACKEND_INMEMORY);
  metadata.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kVersion));
  if (!languages.empty()) metadata.set_metadata(std::string(schema::kLanguagesKey), join(languages, " "));
  if (!synonyms.empty()) metadata.set_metadata(std::string(schema::kSynonymsKey), join(synonyms, "\n"));
  return metadata;
}

}  // namespace

std::string DefaultDatabasePath() {
  const char* env = std::getenv("QUORUM_DB");
  return env && *env ? env : "quorum-db";
}

Xapian::Database OpenReadableDatabase(const std::vector<std::string>& paths) {
  std::vector<Shard> shards;
  for (const std::string& path : paths) OpenPath(path, "", 0, &shards);
  // One index, the common case, opens as it is: nothing to merge.
  if (shards.size() == 1) return shards.front().database;
  Xapian::Database combined = MergedMetadata(shards);
  for (const Shard& shard : shards) combined.add_database(shard.database);
  return combined;
}

}  // namespace quorum
