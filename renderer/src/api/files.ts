/**
 * Files in and out of the UI without Node: packages are read in the page and sent to the core
 * as base64 (both transports carry JSON), and written packages come back as base64 for a
 * download (in the desktop app Electron turns the download into a save dialog).
 */
export function bytesToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

export function downloadBase64(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const isPackageName = (name: string) => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('.');

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [file];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const files: File[] = [];
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) files.push(...(await filesOfEntry(child)).filter((file) => child.isDirectory || isPackageName(file.name)));
  }
  return files;
}

/** Files dropped on the page: files as they are, folders as the packages (*.xlsx) inside them. */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length === 0) return Array.from(transfer.files);
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory ? filesOfEntry(entry) : filesOfEntry(entry))));
  return nested.flat();
}

/** Files picked in a folder dialog keep only the packages. */
export function packagesOfFolder(files: FileList | null): File[] {
  return Array.from(files ?? []).filter((file) => isPackageName(file.name));
}
