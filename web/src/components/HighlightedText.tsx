import { useTranslation } from 'react-i18next';
import { markedPieces, type Anchor } from '../lib/passages';

/** A post's text with its commented passages marked and numbered (numbers of the comment list). */
export function HighlightedText({ text, anchors, className = 'post-body' }: { text: string; anchors: readonly Anchor[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={`${className} commentable-text`}>
      {markedPieces(text, anchors).map((piece, i) =>
        piece.comment ? (
          <mark key={i} data-comment={piece.comment}>
            {piece.text}
            <sup aria-hidden="true">{piece.comment}</sup>
            <span className="visually-hidden"> {t('passages.markedAs', { n: piece.comment })}</span>
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
