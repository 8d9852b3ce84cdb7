#include "http/home_page.h"

namespace suiji::http {

std::string home_page_html(const HomeFacts& f) {
  return R"(<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>suiji 随机 — 污染源日常监管双随机系统</title>
<style>
 body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#f5f7fa;color:#303133}
 header{background:#1f5f99;color:#fff;padding:18px 28px}
 header h1{margin:0;font-size:22px} header p{margin:4px 0 0;opacity:.85;font-size:14px}
 main{max-width:880px;margin:24px auto;padding:0 16px}
 .cards{display:flex;gap:16px;flex-wrap:wrap}
 .card{background:#fff;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.08);padding:16px 20px;flex:1;min-width:160px}
 .card b{display:block;font-size:28px;color:#1f5f99} .card span{font-size:13px;color:#909399}
 section{background:#fff;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.08);padding:16px 20px;margin-top:16px;font-size:14px;line-height:1.8}
 code{background:#f0f2f5;padding:1px 5px;border-radius:3px}
 a{color:#1f5f99}
</style></head><body>
<header><h1>suiji 随机 · 污染源日常监管“双随机、一公开”系统</h1>
<p>Random inspection of pollution sources — draws anyone can verify with SHA-256</p></header>
<main>
<div class="cards">
 <div class="card"><b>)" + std::to_string(f.agencies) + R"(</b><span>环保机构 agencies</span></div>
 <div class="card"><b>)" + std::to_string(f.units) + R"(</b><span>污染源 units</span></div>
 <div class="card"><b>)" + std::to_string(f.inspectors) + R"(</b><span>执法人员 inspectors</span></div>
</div>
<section>
 <p>服务运行正常。数据库：)" + f.engine + "（结构版本 " + std::to_string(f.schema_version) + R"(）。</p>
 <p>网页应用尚未构建，此页为临时首页。The web app is not built yet; this is a placeholder.</p>
 <p>· <a href="/verify">摇号结果验证 /verify</a>：上传公开的摇号记录（JSON），在浏览器中重新计算每一个签号。<br>
 · 健康检查 health: <a href="/api/v1/health"><code>/api/v1/health</code></a><br>
 · 命令行验证：<code>suiji verify RECORD.json</code></p>
</section>
</main></body></html>
)";
}

}  // namespace suiji::http
