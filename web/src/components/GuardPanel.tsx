/**
 * SLOT — privacy and compliance guard (product.md, capability 2).
 *
 * Another engineer will wire live privacy findings (patient data, BSN, missing alt text, …) into
 * this panel. The composer already renders it next to the base text and next to each channel
 * text, with the text being typed. For now it renders nothing.
 */
export interface GuardPanelProps {
  text: string;
  kind: 'post';
}

export function GuardPanel(_props: GuardPanelProps) {
  return null;
}
