// better-sqlite3 builds its native addon with node-gyp when no prebuilt binary can be downloaded
// (an offline machine). node-gyp would then download Node's headers too; point it at the headers
// installed with the running Node (Debian's nodejs, the official tarballs: <prefix>/include/node)
// so that nothing is downloaded. An explicit npm_config_nodedir in the environment wins.
const fs = require("node:fs")
const path = require("node:path")

module.exports = {
  hooks: {
    updateConfig(config) {
      const prefix = path.resolve(process.execPath, "..", "..")
      const hasHeaders = fs.existsSync(path.join(prefix, "include", "node", "node_api.h"))
      if (process.env.npm_config_nodedir || !hasHeaders) return config
      return { ...config, extraEnv: { ...config.extraEnv, npm_config_nodedir: prefix } }
    }
  }
}
