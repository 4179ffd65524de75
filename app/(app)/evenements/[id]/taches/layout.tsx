import type { ReactNode } from 'react';
import { TasksSubNav } from './_components/TasksSubNav';

export default async function TasksLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div>
      <TasksSubNav eventId={id} />
      {children}
    </div>
  );
}
