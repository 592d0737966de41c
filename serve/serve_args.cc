// SPDX-License-Identifier: MIT
// quorum-serve option parsing with Boost.Program_options.
#include "serve/serve_args.h"

#include <boost/program_options.hpp>
#include <sstream>
#include <thread>

#include "common/base/error.h"
#include "common/index/database.h"

namespace po = boost::program_options;

namespace quorum {

bool IsLoopback(const std::string& address) {
  return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

ServeCommand ParseServeArgs(const std::vector<std::string>& args) {
  ServeCommand command;
  ServeConfig& config = command.config;
  std::vector<std::string> positional;
  po::options_description visible("Options");
  visible.add_options()("help,h", "show this help and exit")("version", "show the version and exit")(
      "db,d", po::value(&config.databases)->composing(),
      "database folder; repeat to search several (default: $QUORUM_DB, else quorum-db)")(
      "bind", po::value(&config.bind)->default_value(config.bind),
      "address to listen on; anything but loopback lets other machines in, and quorum-serve has no "
      "authentication")("port", po::value(&config.port)->default_value(config.port),
                        "port to listen on; 0 picks a free one")(
      "threads", po::value(&config.threads)->default_value(0),
      "requests answered at once; 0: one per core, at least 4")(
      "max-limit", po::value(&config.max_limit)->default_value(config.max_limit),
      "most hits or records one request may ask for (limit=)")(
      "timeout", po::value(&config.timeout_seconds)->default_value(config.timeout_seconds),
      "seconds allowed to read a request or write an answer");
  po::options_description hidden;
  hidden.add_options()("positional", po::value(&positional));
  std::ostringstream help;
  help << "Usage: quorum-serve [OPTIONS]\n"
          "Serve the search of quorum-search on a web page and a JSON API, read-only.\n\n"
       << visible
       << "\nPages (rendered on the server; every state is a URL):\n"
          "  /?q=WORDS&meeting=&agenda=&body=&from=&to=&sort=&collapse=&any=&all=&page=\n"
          "                       search, with facet links, filter chips and paging\n"
          "  /p?id=ID             one paragraph in its meeting, with \"more like this\"\n"
          "  /requests?to=&by=&open=1&q=   the ledger of requests, commitments, decisions\n"
          "  /entities?type=TYPE  the entities of one type, each a search\n"
          "API (JSON; the objects quorum-search --format json prints, one array each):\n"
          "  /api/search?…&limit=&offset=   {\"v\":1,\"hits\":[…],\"facets\":[…],\"summary\":{…}}\n"
          "  /api/show?id=ID                {\"v\":1,\"hits\":[…],\"summary\":{…}}\n"
          "  /api/requests?…                {\"v\":1,\"records\":[…],\"summary\":{…}}\n"
          "A bad query answers 400 with quorum-search's message; an unknown path 404.\n"
          "Notes indexed while it runs are searchable at the next request.\n\n"
          "Examples:\n"
          "  quorum-serve --db idx                      # then open http://127.0.0.1:8080/\n"
          "  quorum-serve --db idx --bind 0.0.0.0 --port 9000   # the team's machine\n"
          "\nExit status: 0 stopped by a signal; 1 the database cannot be read or the\n"
          "port cannot be bound; 2 bad usage.\n";
  command.help = help.str();
  command.action = ParseCommandLine(args, visible, hidden, "positional");
  if (command.action != CliAction::kRun) return command;
  if (!positional.empty())
    throw UsageError("quorum-serve takes no QUERY ('" + positional.front() + "'); open the page and search there");
  if (config.databases.empty()) config.databases.push_back(DefaultDatabasePath());
  if (config.port < 0 || config.port > 65535) throw UsageError("--port must be between 0 and 65535");
  if (config.max_limit == 0 || config.max_limit > 10000) throw UsageError("--max-limit must be between 1 and 10000");
  if (config.timeout_seconds <= 0) throw UsageError("--timeout must be at least 1 second");
  if (config.threads == 0) config.threads = std::max<size_t>(4, std::thread::hardware_concurrency());
  if (config.threads > 256) throw UsageError("--threads must be between 1 and 256");
  return command;
}

}  // namespace quorum
