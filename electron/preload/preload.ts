// The preload exposes exactly the contract's operations and nothing else: each one is a call on
// its own IPC channel. No Node, no ipcRenderer, no event emitters reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, operationNames } from '../../shared/api/operations';

const api = Object.fromEntries(
  operationNames.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(channelOf(name), input),
  ]),
);
contextBridge.exposeInMainWorld('schakel', Object.freeze(api));
