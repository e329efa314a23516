/**
 * INTEGRATION(help): renders `components/ask-staff/AskStaff.tsx` once the help helper's
 * component is on main. Props are the agreed ones.
 */
export interface AskStaffSlotProps {
  guide: { id: string; title: string; step: number; steps: number } | null;
  prominent?: boolean;
  lang: string;
}

export function AskStaffSlot(_props: AskStaffSlotProps) {
  return null;
}
