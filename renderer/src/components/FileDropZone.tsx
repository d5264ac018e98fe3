/** Where packages are given to the app: drag and drop, a file dialog, or a whole folder. */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { droppedFiles, packagesOfFolder } from '../api/files';

interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  allowFolder?: boolean;
  disabled?: boolean;
  prompt: string;
}

export function FileDropZone({ onFiles, allowFolder = false, disabled = false, prompt }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // React does not know the non-standard attribute that turns a file input into a folder picker.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles(await droppedFiles(event.dataTransfer));
  };

  return (
    <div
      className={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => void drop(event)}
      data-testid="drop-zone"
    >
      <p>{prompt}</p>
      <div className="drop-actions">
        <label className={`button-like${disabled ? ' disabled' : ''}`}>
          Выбрать файлы…
          <input
            type="file"
            accept=".xlsx"
            multiple
            disabled={disabled}
            className="visually-hidden"
            data-testid="file-input"
            onChange={(event) => {
              onFiles(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
        </label>
        {allowFolder && (
          <label className={`button-like secondary${disabled ? ' disabled' : ''}`}>
            Выбрать папку…
            <input
              ref={folderInput}
              type="file"
              multiple
              disabled={disabled}
              className="visually-hidden"
              onChange={(event) => {
                onFiles(packagesOfFolder(event.target.files));
                event.target.value = '';
              }}
            />
          </label>
        )}
      </div>
    </div>
  );
}
