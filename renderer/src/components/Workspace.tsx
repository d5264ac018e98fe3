/** The frame of a workspace: a header naming the copy, a navigation column and the page. */
import type { ReactNode } from 'react';

export interface WorkspaceSection {
  route: string;
  label: string;
}

interface WorkspaceProps {
  title: string;
  subtitle: string;
  sections: readonly WorkspaceSection[];
  route: string;
  onNavigate: (route: string) => void;
  children: ReactNode;
}

export function Workspace({ title, subtitle, sections, route, onNavigate, children }: WorkspaceProps) {
  return (
    <div className="workspace">
      <header className="workspace-header">
        <span className="brand">Опора</span>
        <span className="workspace-title">{title}</span>
        <span className="workspace-subtitle">{subtitle}</span>
      </header>
      <nav className="workspace-nav" aria-label="Разделы">
        <ul>
          {sections.map((section) => (
            <li key={section.route}>
              <a
                href={`#${section.route}`}
                aria-current={route.startsWith(section.route) ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate(section.route);
                }}
              >
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="workspace-main">{children}</main>
    </div>
  );
}
