// Builds the add-in (task pane + ribbon commands, for Excel) and the browser sandbox (`npm run demo`).
// The sandbox is its own entry, so no sandbox code reaches the Excel bundle.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');

const DEV_PORT = Number(process.env.PORT) || 3000;

/**
 * The syntax level of every bundle: the oldest webview this build supports (docs/excel.md — WebView2 and
 * Safari's WKWebView; EdgeHTML and IE11 get unsupportedWebview.js's message instead). Dependencies are
 * lowered too, not only our own code: several ship ?. ?? and static blocks.
 */
const OFFICE_TARGET = 'es2019';

/** First module of every entry: the built-ins older engines lack (src/apps/olderEngines.ts). */
const SHIMS = './src/apps/installOlderEngineShims.ts';

/** esbuild over our TypeScript and over the JavaScript of node_modules, for one target. */
const scriptRules = (target) => [
  { test: /\.tsx?$/, loader: 'esbuild-loader', options: { target, jsx: 'automatic' } },
  { test: /\.[cm]?js$/, include: /node_modules/, loader: 'esbuild-loader', options: { target } },
];

/** Each entry runs the shims first. */
const withShims = (entries) => Object.fromEntries(Object.entries(entries).map(([name, files]) => [name, [SHIMS, ...[files].flat()]]));

/**
 * A company's own app registration may be built in (team mode's sign-in); the public build leaves it empty and
 * the admin types it in 设置 → 数据存储. Never commit real values: set them in the build's environment.
 */
const signInDefaults = () => new DefinePlugin({
  'process.env.CLAIM_REGISTER_CLIENT_ID': JSON.stringify(process.env.CLAIM_REGISTER_CLIENT_ID || ''),
  'process.env.CLAIM_REGISTER_TENANT_ID': JSON.stringify(process.env.CLAIM_REGISTER_TENANT_ID || ''),
});

/** The page the MSAL sign-in popup returns to (team mode), beside the task pane. */
const authPage = () => new HtmlWebpackPlugin({ filename: 'auth.html', template: './src/taskpane/teamMode/auth.html', chunks: ['auth'] });
const AUTH_ENTRY = './src/taskpane/teamMode/authRedirect.ts';

/** The sandbox page's stylesheets: the grid's own, and the page chrome around grid and task pane. */
const demoFiles = [
  { from: 'node_modules/jspreadsheet-ce/dist/jspreadsheet.css', to: 'vendor/jspreadsheet.css' },
  { from: 'node_modules/jsuites/dist/jsuites.css', to: 'vendor/jsuites.css' },
  { from: 'src/apps/demo/demo.css', to: 'demo.css' },
];

/** Plain ES5, loaded before the bundle: tells EdgeHTML and IE11 users why the pane stays empty. */
const UNSUPPORTED_WEBVIEW = { from: 'src/apps/excel/unsupportedWebview.js', to: 'unsupportedWebview.js' };

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const demo = Boolean(env.demo);
  const entries = demo
    ? { demo: './src/apps/demo/demo.tsx' }
    // Shared runtime (manifest.xml): the ribbon's commands are registered by the task pane's page itself.
    : withShims({ taskpane: ['./src/commands/commands.ts', './src/taskpane/index.tsx'], notice: './src/commands/notice.ts', auth: AUTH_ENTRY });
  const pages = demo
    ? [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/apps/demo/demo.html', chunks: ['demo'] })]
    : [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      // The small dialog a ribbon command shows its outcome in (an ExecuteFunction command has no other UI).
      new HtmlWebpackPlugin({ filename: 'notice.html', template: './src/commands/notice.html', chunks: ['notice'] }),
      authPage(),
    ];
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: entries,
    target: ['web', OFFICE_TARGET],
    output: { path: path.resolve(__dirname, demo ? 'dist-demo' : 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: scriptRules(OFFICE_TARGET) },
    plugins: [
      signInDefaults(),
      ...pages,
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }, ...(demo ? demoFiles : [{ from: 'manifest.xml', noErrorOnMissing: true }, UNSUPPORTED_WEBVIEW])] }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      host: demo ? '127.0.0.1' : 'localhost',
      open: false,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      ...(demo || !env.WEBPACK_SERVE ? {} : { server: { type: 'https', options: await httpsOptions() } }),
    },
  };
};

/** Office requires https even on localhost; office-addin-dev-certs makes and trusts a local certificate. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports.signInDefaults = signInDefaults;
module.exports.authPage = authPage;
module.exports.AUTH_ENTRY = AUTH_ENTRY;
module.exports.scriptRules = scriptRules;
module.exports.withShims = withShims;
