/* global window, document */
/*
 * Plain ES5, loaded by taskpane.html before the bundle. Office runs add-ins in Internet Explorer 11 (Office
 * 2016 and older) or in EdgeHTML (retail Office 2019, older Microsoft 365 builds); our bundles need a newer
 * engine (docs/excel.md), so there they would fail to parse and leave a blank pane. Microsoft's guide
 * ("Support older Microsoft webviews and Office versions") detects both by their user agent — IE11 says
 * "Trident", EdgeHTML says "Edge/" (Chromium Edge and WebView2 say "Edg/") — and shows a message instead.
 */
(function () {
  var agent = window.navigator.userAgent;
  if (agent.indexOf('Trident') === -1 && agent.indexOf('Edge/') === -1) return;
  window.claimRegisterUnsupportedWebview = true;
  function show() {
    var box = document.getElementById('root') || document.body;
    box.innerHTML =
      '<div role="alert" style="font-family:Segoe UI,Microsoft YaHei,sans-serif;padding:16px;line-height:1.6">' +
      '<p><b>此版本的 Office 无法运行客户登记册。</b></p>' +
      '<p>请使用 Microsoft 365 或 Office 2021 及以上版本的 Excel（Windows 版需要 WebView2），或在浏览器中使用 Excel 网页版。</p>' +
      '<p lang="en"><b>This version of Office cannot run Claim Register.</b> Use Excel from Microsoft 365 or Office 2021 ' +
      'or later (WebView2 on Windows), or Excel on the web.</p></div>';
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
}());
