// Starts quire-language-server for the workspace's Markdown files: the build's diagnostics, completion,
// hover, go to definition and quick fixes, as the README's "Editor support" section describes.
'use strict';
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The command that starts the server, from the settings (see package.json). */
function serverOptions(settings, workspace) {
  const jar = settings.get('server.jar') || path.join(workspace, 'language-server', 'target', 'quire-language-server.jar');
  const args = ['-jar', jar];
  const classpath = settings.get('classpath');
  if (classpath) {
    args.push('--classpath', classpath);
  }
  return { command: settings.get('server.java') || 'java', args };
}

function activate(context) {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders || folders.length === 0) {
    return;
  }
  const settings = vscode.workspace.getConfiguration('quire');
  client = new LanguageClient('quire', 'Quire', serverOptions(settings, folders[0].uri.fsPath), {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{java,class}') },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions };
