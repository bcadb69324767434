interface StatusPage {
  title: string;
  message: string;
  headers?: Record<string, string>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A self-contained error page. It must not depend on the CMS or on the layout (which reads
 * site settings from the CMS), because it is what visitors see when those fail.
 */
export function renderStatusPage(status: number, page: StatusPage): Response {
  const title = escapeHtml(page.title);
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
body{margin:0;font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2328;
background:#f6f7f9;display:grid;place-items:center;min-height:100vh;text-align:center}
main{padding:2rem 1.5rem;max-width:32rem}h1{font-size:1.5rem}a{color:#9e0b23}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(page.message)}</p>
<p><a href="/">返回首页</a></p>
</main>
</body>
</html>`;

  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    },
  });
}
