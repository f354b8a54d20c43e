import type { Tone } from './status-tones'

const TONES = {
  good: 'bg-green-100 text-green-900 border-green-800',
  warn: 'bg-amber-100 text-amber-950 border-amber-800',
  off: 'bg-gray-200 text-gray-900 border-gray-700',
} as const satisfies Record<Tone, string>

/** A status in words (never colour alone), e.g. "Gjeldende", "Avviklet". */
export function StatusTag({ label, tone }: { label: string; tone: Tone }) {
  return (
    <strong className={`inline-block rounded border px-2 py-0.5 text-sm font-bold ${TONES[tone]}`}>
      {label}
    </strong>
  )
}
