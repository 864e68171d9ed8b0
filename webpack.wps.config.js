// Builds the WPS 表格 add-in (`npm run build:wps`): the folder WPS loads from its jsaddons directory — entry
// page with the ribbon callbacks, ribbon.xml, icons and the same React task pane as in Excel — and beside it
// publish.xml + install.bat (offline install) and online/publish.xml (online deployment), as wpsjs writes them. Loaders and resolution come from the
// Office build (webpack.config.js); only the target differs, because WPS embeds an older Chromium.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const officeConfig = require('./webpack.config.js');
const { name, version } = require('./package.json');

/**
 * The oldest Chromium the bundles are compiled for: esbuild lowers newer syntax in our code and in
 * node_modules, src/apps/olderEngines.ts supplies the newer built-ins (test/wps/buildWps.test.ts checks both).
 */
const WPS_CHROMIUM = 'chrome69';

/**
 * Writes the install files next to the add-in folder, from the templates in wps/, in the forms wpsjs writes:
 * publish.xml + install.bat for the offline install, online/publish.xml for a served add-in.
 */
class InstallFilesPlugin {
  constructor(values) {
    this.values = values;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('InstallFilesPlugin', () => {
      for (const file of ['publish.xml', 'install.bat', 'online/publish.xml']) {
        const template = fs.readFileSync(path.join(__dirname, 'wps', file), 'utf8');
        const text = template.replace(/\{\{(\w+)\}\}/g, (whole, key) => this.values[key] ?? whole);
        fs.mkdirSync(path.dirname(path.join(this.values.outDir, file)), { recursive: true });
        fs.writeFileSync(path.join(this.values.outDir, file), text);
      }
    });
  }
}

module.exports = async (_env = {}, argv = {}) => {
  const office = await officeConfig({}, argv);
  const outDir = path.resolve(process.env.WPS_OUT_DIR || path.join(__dirname, 'dist-wps'));
  // WPS finds an installed add-in by the folder <name>_<version>.
  const folder = `${name}_${version}`;
  // Where the folder is served for online deployment (and where WPS would fetch a missing version).
  const url = (process.env.WPS_ADDIN_URL || `http://127.0.0.1:3889/${folder}/`).replace(/\/?$/, '/');
  return {
    mode: office.mode,
    devtool: office.mode === 'production' ? 'source-map' : 'cheap-module-source-map',
    // auth: the page the MSAL popup returns to (team mode signs in through the popup in WPS).
    entry: officeConfig.withShims({ addin: './src/apps/wps/addinEntry.ts', taskpane: './src/apps/wps/taskpaneEntry.tsx', auth: officeConfig.AUTH_ENTRY }),
    target: ['web', 'es2017'],
    output: { path: path.join(outDir, folder), filename: '[name].[contenthash:8].js', clean: true },
    resolve: office.resolve,
    module: { rules: officeConfig.scriptRules(WPS_CHROMIUM) },
    plugins: [
      officeConfig.signInDefaults(),
      officeConfig.authPage(),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './wps/index.html', chunks: ['addin'] }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './wps/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'wps/ribbon.xml' }, { from: 'wps/images', to: 'images' }] }),
      new InstallFilesPlugin({ name, version, folder, url, outDir }),
    ],
    performance: office.performance,
  };
};
