// SPDX-License-Identifier: MIT
// quorum-serve's HTTP side (cpp-httplib): listening, the worker pool,
// limits, the security headers on every answer; the answers come from Router.
#pragma once

#include "serve/serve_args.h"

namespace quorum {

/// Opens the index (failing early if it cannot), binds and serves until
/// SIGINT or SIGTERM. Throws Error if the address cannot be bound.
void Serve(const ServeConfig& config);

}  // namespace quorum
