/** Renders an answer's minimal markdown as Preact nodes: text stays text, never HTML. */
import { Fragment } from 'preact';
import { parseMarkdown, type Block, type Inline } from './parse';
import styles from './style.module.css';

function Inlines({ items }: { items: Inline[] }) {
  return (
    <>
      {items.map((n, i) => {
        switch (n.kind) {
          case 'text':
            return n.text;
          case 'code':
            return <code key={i} class={styles.code}>{n.text}</code>;
          case 'strong':
            return <strong key={i}><Inlines items={n.children} /></strong>;
          case 'em':
            return <em key={i}><Inlines items={n.children} /></em>;
        }
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'p':
      return (
        <p>
          {block.lines.map((line, i) => (
            <Fragment key={i}>
              {i > 0 && <br />}
              <Inlines items={line} />
            </Fragment>
          ))}
        </p>
      );
    case 'h':
      // Answer headings are emphasis, not document structure: the page keeps one heading outline.
      return <p class={styles.heading}><strong><Inlines items={block.children} /></strong></p>;
    case 'ul':
      return <ul>{block.items.map((item, i) => <li key={i}><Inlines items={item} /></li>)}</ul>;
    case 'ol':
      return <ol start={block.start}>{block.items.map((item, i) => <li key={i}><Inlines items={item} /></li>)}</ol>;
    case 'pre':
      return <pre class={styles.pre}><code>{block.text}</code></pre>;
  }
}

export function Markdown({ text }: { text: string }) {
  return (
    <div class={styles.markdown}>
      {parseMarkdown(text).map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </div>
  );
}
