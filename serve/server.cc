// SPDX-License-Identifier: MIT
// cpp-httplib, from Debian's libcpp-httplib-dev, over Boost.Beast: it
// brings the worker pool, URL and parameter decoding, request size and time
// limits in a few calls, where Beast leaves each to be written; the server
// needs nothing Beast has that it lacks.
#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <xapian.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "common/base/error.h"
#include "common/index/database.h"
#include "serve/router.h"

namespace quorum {
namespace {

// Nothing a page needs comes from elsewhere, and no script runs but ours:
// a note's text that slipped past escaping still could not run.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'";

void Secure(httplib::Response& response) {
  response.set_header("Content-Security-Policy", kContentSecurityPolicy);
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("X-Frame-Options", "DENY");
}

}  // namespace

void Serve(const ServeConfig& config) {
  // Open once before listening: a wrong --db fails at start, not at the first request.
  (void)OpenReadableDatabase(config.databases);
  const Router router(config);
  httplib::Server server;
  const size_t threads = config.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_read_timeout(config.timeout_seconds, 0);
  server.set_write_timeout(config.timeout_seconds, 0);
  server.set_keep_alive_timeout(5);
  server.set_payload_max_length(64 * 1024);  // read-only: no request needs a body
  server.Get(".*", [&router](const httplib::Request& request, httplib::Response& response) {
    const WebParams params(request.params.begin(), request.params.end());
    const WebAnswer answer = router.Get(request.path, params);
    response.status = answer.status;
    response.set_content(answer.body, answer.content_type.c_str());
    if (request.path.rfind("/static/", 0) == 0) response.set_header("Cache-Control", "max-age=3600");
  });
  // Read-only: every other method is refused, whatever the path.
  const auto refuse = [](const httplib::Request&, httplib::Response& response) {
    response.status = 405;
    response.set_header("Allow", "GET, HEAD");
    response.set_content("quorum-serve answers GET and HEAD only\n", "text/plain; charset=utf-8");
  };
  server.Post(".*", refuse).Put(".*", refuse).Delete(".*", refuse).Patch(".*", refuse).Options(".*", refuse);
  server.set_post_routing_handler([](const httplib::Request&, httplib::Response& response) { Secure(response); });
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    // httplib's own refusals (URI too long, bad request line) get a body that says so.
    if (response.body.empty())
      response.set_content("quorum-serve: HTTP " + std::to_string(response.status) + " for " + request.path + "\n",
                           "text/plain; charset=utf-8");
  });

  const int port = config.port == 0 ? server.bind_to_any_port(config.bind)
                                    : (server.bind_to_port(config.bind, config.port) ? config.port : -1);
  if (port < 0)
    throw Error("cannot listen on " + config.bind + " port " + std::to_string(config.port) +
                "; is another server using it? Choose another with --port");
  if (!IsLoopback(config.bind))
    std::cerr << "quorum-serve: warning: listening on " << config.bind
              << ": other machines can reach it, and quorum-serve has no authentication\n";
  const std::string host = config.bind.find(':') != std::string::npos ? "[" + config.bind + "]" : config.bind;
  std::cerr << "quorum-serve: serving " << config.databases.front()
            << (config.databases.size() > 1 ? " and others" : "") << " on http://" << host << ":" << port << "/ ("
            << config.threads << " threads; Ctrl-C stops)" << std::endl;
  // SIGINT and SIGTERM wait for one thread that stops the server (stop()
  // is not safe in a signal handler); the workers, started after, inherit
  // the blocked mask and are never interrupted.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::thread stopper([&server, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  server.listen_after_bind();
  if (server.is_running()) server.stop();
  // listen_after_bind() returns early only when the socket failed; wake the stopper then.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  std::cerr << "quorum-serve: stopped\n";
}

}  // namespace quorum
