// SPDX-License-Identifier: MIT
// What quorum-serve answers, apart from HTTP: a path and its parameters in,
// a status, a content type and a body out. Tests call it without a socket.
#pragma once

#include <string>
#include <vector>

#include "serve/serve_args.h"
#include "serve/web_params.h"

namespace quorum {

struct WebAnswer {
  int status = 200;
  std::string content_type;  // with "; charset=utf-8" for text
  std::string body;
};

/// Bump when a field of the API's JSON envelope is renamed or removed; the
/// objects inside are quorum-search's own, versioned by it.
inline constexpr int kApiJsonVersion = 1;

class Router {
 public:
  explicit Router(ServeConfig config);

  /// Answers a GET of `path` with `params`. Never throws: a bad query or
  /// parameter is 400 with quorum-search's message, an unknown path or id
  /// 404, an index that cannot be opened 503. Each call sees the index as
  /// last committed, so notes indexed while the server runs are found.
  WebAnswer Get(const std::string& path, const WebParams& params) const;

 private:
  WebAnswer Route(const std::string& path, const WebParams& params) const;
  ServeConfig config_;
  std::string database_key_;  // the databases' paths, naming this router's handles in each thread
};

}  // namespace quorum
