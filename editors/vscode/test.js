// npm test: the extension loads against a stand-in for VS Code's API and starts the server with the
// command the settings give (the jar in the workspace by default, the class path passed on).
'use strict';
const assert = require('assert');
const Module = require('module');
const started = [];
const original = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') {
    return {
      workspace: {
        workspaceFolders: [{ uri: { fsPath: '/work/site' } }],
        getConfiguration: () => ({ get: (key) => ({ classpath: 'target/classes:lib/a.jar' })[key] || '' }),
        createFileSystemWatcher: (glob) => ({ glob }),
      },
    };
  }
  if (request === 'vscode-languageclient/node') {
    return {
      LanguageClient: class {
        constructor(id, name, server, options) {
          started.push({ id, server, options });
        }
        start() { return Promise.resolve(); }
        stop() { return Promise.resolve(); }
      },
    };
  }
  return original.apply(this, arguments);
};
const extension = require('./extension.js');
const subscriptions = [];
extension.activate({ subscriptions });
assert.strictEqual(started.length, 1);
assert.deepStrictEqual(started[0].server, { command: 'java', args: ['-jar',
  '/work/site/language-server/target/quire-language-server.jar', '--classpath', 'target/classes:lib/a.jar'] });
assert.deepStrictEqual(started[0].options.documentSelector, [{ scheme: 'file', language: 'markdown' }]);
assert.strictEqual(started[0].options.synchronize.fileEvents.glob, '**/*.{java,class}');
assert.strictEqual(subscriptions.length, 1);
console.log('quire extension: starts the server as configured');
