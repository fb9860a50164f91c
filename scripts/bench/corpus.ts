// A deterministic synthetic bilingual corpus for the bench: N articles per language of realistic markdown and front matter.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seededRandom as random } from "./random.ts";

interface Vocabulary {
  subjects: string[];
  verbs: string[];
  objects: string[];
  endings: string[];
  headings: string[];
  categories: string[];
  tags: string[];
  authors: string[];
  titleStarts: string[];
}

const vocabularies: Record<string, Vocabulary> = {
  ru: {
    subjects: [
      "Языковая модель",
      "Команда разработчиков",
      "Открытая библиотека",
      "Новый компилятор",
      "Исследовательская группа",
      "Облачный сервис",
      "Агент для ревью кода",
      "Регулятор",
      "Стартап",
      "Система поиска",
      "Квантовый симулятор",
      "Набор тестов",
    ],
    verbs: [
      "ускоряет",
      "упрощает",
      "проверяет",
      "переписывает",
      "сравнивает",
      "объясняет",
      "ограничивает",
      "обучает",
      "находит",
      "оптимизирует",
      "переносит",
      "измеряет",
    ],
    objects: [
      "сборку проекта",
      "ответы на вопросы",
      "миграцию данных",
      "поиск по документации",
      "вывод модели",
      "обработку изображений",
      "работу с контекстом",
      "проверку безопасности",
      "тесты производительности",
      "код на Rust",
      "распределённое обучение",
      "работу с токенами",
    ],
    endings: [
      "без лишних затрат",
      "в несколько раз быстрее",
      "на обычном ноутбуке",
      "даже для больших репозиториев",
      "с понятными отчётами",
      "по сравнению с прошлым годом",
      "для команд любого размера",
      "без изменения архитектуры",
      "и экономит память",
      "с открытым исходным кодом",
    ],
    headings: [
      "Что изменилось",
      "Как это работает",
      "Цифры и замеры",
      "Что говорят разработчики",
      "Ограничения",
      "Что дальше",
      "Почему это важно",
      "Как попробовать",
    ],
    categories: ["Новости ИИ", "Разработка", "Инструменты", "Исследования", "Регулирование"],
    tags: [
      "LLM",
      "Rust",
      "Python",
      "OpenAI",
      "Агенты",
      "Безопасность",
      "Открытые веса",
      "Компиляторы",
      "Поиск",
      "ЕС",
      "Бенчмарки",
      "Облака",
    ],
    authors: ["Редакция", "Анна Смирнова", "Илья Корнеев"],
    titleStarts: ["Почему", "Как", "Зачем", "Когда", "Что значит, что"],
  },
  en: {
    subjects: [
      "A language model",
      "The developer team",
      "An open library",
      "A new compiler",
      "A research group",
      "A cloud service",
      "A code review agent",
      "The regulator",
      "A startup",
      "A search system",
      "A quantum simulator",
      "A test suite",
    ],
    verbs: [
      "speeds up",
      "simplifies",
      "checks",
      "rewrites",
      "compares",
      "explains",
      "limits",
      "trains",
      "finds",
      "optimizes",
      "moves",
      "measures",
    ],
    objects: [
      "the project build",
      "answers to questions",
      "data migration",
      "documentation search",
      "model inference",
      "image processing",
      "context handling",
      "security review",
      "performance tests",
      "Rust code",
      "distributed training",
      "token usage",
    ],
    endings: [
      "at little cost",
      "several times faster",
      "on an ordinary laptop",
      "even for large repositories",
      "with clear reports",
      "compared with last year",
      "for teams of any size",
      "without changing the architecture",
      "and saves memory",
      "as open source",
    ],
    headings: [
      "What changed",
      "How it works",
      "Numbers and measurements",
      "What developers say",
      "Limitations",
      "What comes next",
      "Why it matters",
      "How to try it",
    ],
    categories: ["AI News", "Development", "Tools", "Research", "Regulation"],
    tags: ["LLM", "Rust", "Python", "OpenAI", "Agents", "Security", "Open weights", "Compilers", "Search", "EU", "Benchmarks", "Cloud"],
    authors: ["Editorial team", "Anna Smirnova", "Ilya Korneev"],
    titleStarts: ["Why", "How", "When", "What it means that"],
  },
};

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error("empty vocabulary");
  return item;
}

function sentence(next: () => number, words: Vocabulary): string {
  return `${pick(next, words.subjects)} ${pick(next, words.verbs)} ${pick(next, words.objects)} ${pick(next, words.endings)}.`;
}

function paragraph(next: () => number, words: Vocabulary): string {
  return Array.from({ length: 5 + Math.floor(next() * 4) }, () => sentence(next, words)).join(" ");
}

/** About 1,000–1,500 words: headings, paragraphs, a list, code, a link, a quote and sometimes a table. */
export function articleBody(next: () => number, words: Vocabulary): string {
  const sections: string[] = [];
  const sectionCount = 4 + Math.floor(next() * 2);
  for (let section = 0; section < sectionCount; section++) {
    sections.push(`## ${pick(next, words.headings)} ${section + 1}`);
    for (let index = 0; index < 4; index++) sections.push(paragraph(next, words));
    if (section === 1) sections.push(Array.from({ length: 4 }, () => `- ${sentence(next, words)}`).join("\n"));
    if (section === 2)
      sections.push(
        "```ts\nexport function measure(run: () => void): number {\n  const start = performance.now();\n  run();\n  return performance.now() - start;\n}\n```",
      );
    if (section === 3) sections.push(`> ${sentence(next, words)}\n\n[${pick(next, words.objects)}](https://example.com/docs/${section})`);
    if (section === 0 && next() < 0.3) sections.push("| | 2025 | 2026 |\n| --- | --- | --- |\n| ms | 120 | 45 |\n| MiB | 512 | 300 |");
  }
  return sections.join("\n\n");
}

export interface CorpusOptions {
  articles: number;
  languages: string[];
  /** Hero image paths (site-absolute) to cycle through. */
  heroImages: string[];
  seed?: number;
}

/** Writes content/<lang>/blog/bench-<n>.md for every language; the same n is the same article translated. */
export function writeCorpus(siteRoot: string, options: CorpusOptions): number {
  let written = 0;
  for (const lang of options.languages) {
    const words = vocabularies[lang] ?? vocabularies.en;
    if (!words) throw new Error(`no vocabulary for ${lang}`);
    const folder = path.join(siteRoot, "content", lang, "blog");
    mkdirSync(folder, { recursive: true });
    for (let index = 0; index < options.articles; index++) {
      // One seed per article, shared by its translations, so their metadata lines up.
      const next = random((options.seed ?? 1) * 100_003 + index);
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 2400) * 86_400_000).toISOString().slice(0, 10);
      const frontMatter = [
        "---",
        `title: ${JSON.stringify(`${pick(next, words.titleStarts)} ${sentence(next, words).toLowerCase().replace(/\.$/, "")}`)}`,
        `description: ${JSON.stringify(sentence(next, words))}`,
        `pubDate: ${day}`,
        `category: ${JSON.stringify(pick(next, words.categories))}`,
        `tags: ${JSON.stringify([pick(next, words.tags), pick(next, words.tags)])}`,
        `author: ${JSON.stringify(pick(next, words.authors))}`,
        `heroImage: ${JSON.stringify(options.heroImages[index % options.heroImages.length])}`,
        "---",
      ];
      writeFileSync(path.join(folder, `bench-${index + 1}.md`), `${frontMatter.join("\n")}\n\n${articleBody(next, words)}\n`);
      written++;
    }
  }
  return written;
}
