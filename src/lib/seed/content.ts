// The copy of "What backend frameworks to use in 2026", transcribed from the content team's file,
// kept in this repo as tests/fixtures/backend-frameworks-2026.txt (the tests check the seed and the
// page against it, word for word). Rich text is written as Markdown and converted with
// Payload's own Markdown → Lexical converter. Phrases that name documents the copy refers to (the
// platforms guide, the detailed comparison, the companion essay) link to draft pages of those
// names (`references`): plain text until a marketer writes and publishes them.

export const criteria = [
  { name: 'AI-buildability', question: 'can an agent assemble a correct product?' },
  { name: 'ownership', question: 'self-hostable, portable code and data' },
  { name: 'batteries', question: 'auth, data, files, payments included' },
  { name: 'performance' },
  { name: 'ecosystem maturity' },
] as const

export const frameworks = [
  {
    name: 'jerrycan',
    slug: 'jerrycan',
    language: 'Rust',
    buildModel: 'AI-built, self-hosted',
    bestFor: 'AI-era builders who want to own the product',
    declaredBias: true,
    blurb:
      '**Our framework** — ranked first for one specific, defensible reason: it is the only entry designed for an AI agent to assemble a complete owned product (auth, data, files, payments) from one instruction. Young ecosystem; see the [honest caveats below](#caveats).',
  },
  {
    name: 'FastAPI',
    slug: 'fastapi',
    language: 'Python',
    buildModel: 'Hand-written',
    bestFor: 'Python teams who want elegant, typed APIs',
    blurb:
      'The best developer experience in hand-written backend Python: superb typing, docs and a massive ecosystem. If a human is writing the code, this is the default to beat.',
  },
  {
    name: 'Django',
    slug: 'django',
    language: 'Python',
    buildModel: 'Hand-written, batteries included',
    bestFor: 'Content-heavy products and admin-driven apps',
    blurb:
      'Two decades of batteries: ORM, auth, and the famous admin. Slower-moving, but nothing matches its completeness for hand-built products.',
  },
  {
    name: 'Ruby on Rails',
    slug: 'ruby-on-rails',
    language: 'Ruby',
    buildModel: 'Hand-written, batteries included',
    bestFor: 'Product teams optimizing for shipping speed',
    blurb:
      'The original convention-over-configuration framework, still exceptional for going from idea to product with a small human team.',
  },
  {
    name: 'NestJS',
    slug: 'nestjs',
    language: 'TypeScript',
    buildModel: 'Hand-written',
    bestFor: 'TypeScript-everywhere teams',
    blurb:
      'Structured, opinionated Node with first-class TypeScript. The strongest choice when front and back ends share one language.',
  },
  {
    name: 'Spring Boot',
    slug: 'spring-boot',
    language: 'Java/Kotlin',
    buildModel: 'Hand-written',
    bestFor: 'Enterprise systems and large organizations',
    blurb:
      'The enterprise workhorse: unmatched integration surface, observability and hiring pool for large-scale JVM systems.',
  },
  {
    name: 'Axum',
    slug: 'axum',
    language: 'Rust',
    buildModel: 'Hand-written',
    bestFor: 'Rust teams building for raw performance',
    blurb:
      'If you write Rust by hand, Axum is a beautiful, fast foundation — you assemble the batteries yourself.',
  },
  {
    name: 'Laravel',
    slug: 'laravel',
    language: 'PHP',
    buildModel: 'Hand-written, batteries included',
    bestFor: 'Solo builders and agencies in the PHP world',
    blurb:
      'Outstanding docs, a rich first-party ecosystem, and the most pleasant PHP has ever been.',
  },
] as const

export const caveats = [
  {
    label: 'Youngest entry, smallest ecosystem',
    framework: 'jerrycan',
    body: 'jerrycan is the youngest entry on this list, with the smallest ecosystem — every other framework here is more battle-tested.',
  },
  {
    label: 'First only under a specific weighting',
    framework: 'jerrycan',
    body: 'It ranks first under a specific weighting: if AI-buildability and ownership dominate your decision, nothing else is designed for that combination.',
  },
  {
    label: 'Hand-written Python teams should pick FastAPI or Django',
    framework: 'jerrycan',
    body: 'If your team hand-writes Python daily, pick [FastAPI](#fastapi) or [Django](#django) and be happy — the detailed comparison is candid about this.',
  },
  {
    label: 'The full reasoning lives in the companion essay',
    framework: 'jerrycan',
    body: 'The full reasoning behind this ranking is in the companion essay.',
  },
] as const

/**
 * The documents the copy refers to, seeded as empty drafts titled from the copy, and the words
 * that link to each (in the field named by `in`).
 */
export const references = [
  {
    title: 'The open-source backend platforms guide',
    slug: 'open-source-backend-platforms',
    phrase: 'open-source backend platforms guide',
    in: 'crossLink',
  },
  {
    title: 'The detailed comparison',
    slug: 'detailed-comparison',
    phrase: 'detailed comparison',
    in: 'Hand-written Python teams should pick FastAPI or Django',
  },
  {
    title: 'The companion essay',
    slug: 'companion-essay',
    phrase: 'companion essay',
    in: 'The full reasoning lives in the companion essay',
  },
] as const

export const guide = {
  title: 'What backend frameworks to use in 2026',
  slug: 'backend-frameworks-2026',
  updatedLabel: 'Updated',
  dek: "Ranked with explicit criteria, not vibes — and with a declared bias: entry #1 is ours, and we explain exactly why it earns the spot and where it doesn't.",
  criteriaSection: {
    heading: 'The criteria',
    intro:
      'What changed in 2026 is who builds: much backend code is now written by AI agents, and many builders want to own the result instead of renting a platform. We rank on five criteria:',
    outro: 'Different weights produce different winners — we say which below.',
  },
  tableLabels: {
    rank: '#',
    framework: 'Framework',
    language: 'Language',
    buildModel: 'Build model',
    bestFor: 'Best for',
    // Not in the source copy: the table's caption, for screen readers and the page outline.
    caption: 'The ranking at a glance',
  },
  crossLink:
    'Comparing platforms rather than frameworks? The open-source backend platforms guide covers Supabase, Appwrite, PocketBase and the rest.',
  caveatsHeading: 'The honest caveats on #1',
  // Not in the source copy: the badge that makes the declared bias on #1 impossible to miss.
  declaredBiasLabel: 'Declared bias: this is our framework',
  // Not in the source copy: the public changelog of the ranking (filled by releases).
  changesSection: {
    heading: 'What changed',
    position: 'end',
    limit: 5,
    revertedLabel: 'Reverted',
    feedLabel: 'Follow these changes (Atom feed)',
  },
  // Not in the source copy: the scorecard's headings and labels (its scores are in scorecard.ts).
  // "we say which below" points at its winners by weight.
  scorecardSection: {
    position: 'afterRanking',
    heading: 'How each entry scores',
    caption: 'Scores out of 10 on each criterion, and the weighted score',
    totalLabel: 'Weighted score',
    rationaleLabel: 'Why',
    reviewedLabel: 'Last reviewed',
    differenceLabel: 'Ranked apart from its score',
    winnersHeading: 'Which weights produce which winners',
    editorialWeightsLabel: 'Our weights',
    equalWeightsLabel: 'All criteria equal',
    dominantLabel: 'counts triple',
    tieLabel: 'tied; broken by our editorial rank',
    readerHeading: 'Rank with your own weights',
    applyLabel: 'Re-rank',
    ownWeightingLabel: 'You are looking at your own weighting, not ours.',
    backLabel: 'Back to our ranking',
  },
  cta: {
    heading: 'See what #1 means in practice',
    text: 'Point your AI at jerrycan and watch it build a product you own.',
    // Not in the source copy: the button. Until the product's URL is set it opens jerrycan's
    // entry on this page, a place that exists; Checks says so as a notice (src/lib/checks/cta.ts).
    linkLabel: 'Meet jerrycan',
    linkType: 'custom',
    url: '#jerrycan',
  },
} as const

/** Not in the source copy: the opening of /llms.txt, written for agents. Editable in the CMS. */
export const agents = {
  summary:
    'Ranked guides for builders choosing backend technology: explicit criteria, declared biases, and every ranking explained.',
  details:
    'Every page is also published as Markdown: add .md to its URL (the home page is /index.md), or ask for text/markdown.',
}
