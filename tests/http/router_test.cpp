// The router without a socket: malformed targets, 404/405, body limits, and errors mapped
// once (router.h, error_mapping.h).
#include <gtest/gtest.h>

#include "domain/json.h"
#include "http/error_mapping.h"
#include "http/router.h"

namespace suiji::http {
namespace {

Router sample() {
  Router r;
  r.get("/api/v1/health", [](const Request&) { return Response::json(200, "{}"); });
  r.get("/assets/:file", [](const Request& q) { return Response::json(200, Json{{"file", q.param("file")}}.dump()); });
  r.add("POST", "/api/v1/things", [](const Request& q) { return Response::json(201, std::string(q.body)); });
  r.add("POST", "/api/v1/uploads", [](const Request&) { return Response::json(200, "{}"); },
        {.body_limit = kUploadBodyLimit});
  r.get("/missing", [](const Request&) -> Response {
    throw Error(ErrorKind::kNotFound, "thing_not_found", "没有", "none");
  });
  r.get("/bug", [](const Request&) -> Response { throw std::runtime_error("secret internals"); });
  return r;
}

Json error_of(const Response& r) { return Json::parse(r.body)["error"]; }

TEST(Router, MalformedTargetsAre400) {
  Router r = sample();
  for (const char* t : {"/%zz", "/%", "/%4", "/assets/..", "/assets/%2e%2e", "/assets/%2E%2E", "/assets/.",
                        "/./api/v1/health", "foo", "*", "http://x/api/v1/health", "", "/assets/a%00b"}) {
    Response res = r.handle("GET", t, "");
    EXPECT_EQ(res.status, 400) << t;
    EXPECT_EQ(error_of(res)["code"], "bad_target") << t;
  }
}

TEST(Router, PercentEncodingIsDecodedInASegment) {
  Response res = sample().handle("GET", "/assets/a%2Db.js?x=1", "");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(Json::parse(res.body)["file"], "a-b.js");
}

TEST(Router, UnknownMethodOnAKnownPathIs405WithAllow) {
  Router r = sample();
  Response res = r.handle("DELETE", "/api/v1/health", "");
  EXPECT_EQ(res.status, 405);
  ASSERT_TRUE(res.header("allow"));
  EXPECT_EQ(*res.header("Allow"), "GET");
  EXPECT_EQ(error_of(res)["code"], "method_not_allowed");
  res = r.handle("GET", "/api/v1/things", "");
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(*res.header("Allow"), "POST");
}

TEST(Router, UnknownPathIs404) {
  Response res = sample().handle("GET", "/api/v1/nothing", "");
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(error_of(res)["code"], "not_found");
  EXPECT_EQ(sample().handle("GET", "/assets/a/b", "").status, 404);
}

TEST(Router, BodyOverTheRouteLimitIs413AndTheHandlerIsNotCalled) {
  Router r = sample();
  std::string body(kJsonBodyLimit + 1, 'x');
  Response res = r.handle("POST", "/api/v1/things", body);
  EXPECT_EQ(res.status, 413);
  EXPECT_EQ(error_of(res)["code"], "body_too_large");
  EXPECT_EQ(r.handle("POST", "/api/v1/things", std::string(kJsonBodyLimit, 'x')).status, 201);
  EXPECT_EQ(r.handle("POST", "/api/v1/uploads", body).status, 200) << "uploads have a larger limit";
  EXPECT_EQ(r.largest_body_limit(), kUploadBodyLimit);
}

TEST(Router, HandlerErrorsAreMappedOnce) {
  Router r = sample();
  Response res = r.handle("GET", "/missing", "");
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(error_of(res)["code"], "thing_not_found");
  EXPECT_EQ(error_of(res)["message"], "没有 / none");
  res = r.handle("GET", "/bug", "");
  EXPECT_EQ(res.status, 500) << "a foreign exception is internal, not 503 database_unavailable";
  EXPECT_EQ(error_of(res)["code"], "internal_error");
  EXPECT_EQ(res.body.find("secret internals"), std::string::npos) << "internals stay in the log";
}

TEST(ErrorMapping, StatusOfEveryKind) {
  EXPECT_EQ(status_of(ErrorKind::kBadInput), 400);
  EXPECT_EQ(status_of(ErrorKind::kUnauthenticated), 401);
  EXPECT_EQ(status_of(ErrorKind::kForbidden), 403);
  EXPECT_EQ(status_of(ErrorKind::kNotFound), 404);
  EXPECT_EQ(status_of(ErrorKind::kConflict), 409);
  EXPECT_EQ(status_of(ErrorKind::kTooLarge), 413);
  EXPECT_EQ(status_of(ErrorKind::kCheckFailed), 422);
  EXPECT_EQ(status_of(ErrorKind::kUnavailable), 503);
  EXPECT_EQ(status_of(ErrorKind::kInternal), 500);
}

TEST(ErrorMapping, BodyHasCodeMessageAndArrayDetails) {
  Json j = Json::parse(error_body(bad_input("bad_x", "坏", "bad", Json{{"path", "a.b"}})));
  EXPECT_EQ(j["error"]["code"], "bad_x");
  EXPECT_EQ(j["error"]["message"], "坏 / bad");
  ASSERT_TRUE(j["error"]["details"].is_array());
  EXPECT_EQ(j["error"]["details"][0]["path"], "a.b");
  EXPECT_EQ(Json::parse(error_body(bad_input("y", "坏", "bad")))["error"]["details"], Json::array());
}

}  // namespace
}  // namespace suiji::http
