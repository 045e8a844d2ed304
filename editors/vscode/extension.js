// The Civic extension for VS Code: the language (language-configuration.json,
// the TextMate grammar in syntaxes/) comes from package.json; this file starts
// the language server, `civic lsp`, over standard input and output, with the
// program named by the setting civic.path, and restarts it when that changes.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client = null;

function serverOptions() {
  const command = vscode.workspace.getConfiguration('civic').get('path') || 'civic';
  return { command, args: ['lsp'], transport: TransportKind.stdio };
}

function clientOptions() {
  return {
    documentSelector: [
      { scheme: 'file', language: 'civic' },
      { scheme: 'untitled', language: 'civic' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.civic') },
  };
}

async function start() {
  client = new LanguageClient('civic', 'Civic', serverOptions(), clientOptions());
  try {
    await client.start();
  } catch (err) {
    const command = serverOptions().command;
    vscode.window.showErrorMessage(
      `Civic: could not start '${command} lsp' (${err && err.message ? err.message : err}). ` +
      'Install civic, or set civic.path to where it is.');
  }
}

async function stop() {
  if (!client) return;
  const old = client;
  client = null;
  try {
    await old.stop();
  } catch (err) {
    // A server that never started has nothing to stop.
  }
}

async function restart() {
  await stop();
  await start();
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('civic.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('civic.path')) restart();
    }),
  );
  return start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
