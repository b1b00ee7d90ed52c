/**
 * The sandboxed bridge: the only thing the renderer gets from Electron. It can invoke contract
 * calls by name (validated in the main process) and listen to contract events; nothing else.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Bridge } from './contract';

const bridge: Bridge = {
  invoke: (method, input) => ipcRenderer.invoke('commonplace:invoke', method, input),
  on: (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on('commonplace:event', wrapped);
    return () => ipcRenderer.removeListener('commonplace:event', wrapped);
  },
  pathForFile: (file) => webUtils.getPathForFile(file) || null,
};

contextBridge.exposeInMainWorld('commonplace', bridge);
