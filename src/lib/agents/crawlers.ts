/**
 * Well-known AI crawlers by robots.txt user agent, with who runs them and what for, as their
 * operators document them. robots.txt names each one, allowed or turned away (globals/Agents.ts).
 */
export const AI_CRAWLERS = [
  { agent: 'GPTBot', by: 'OpenAI', purpose: 'model training' },
  { agent: 'OAI-SearchBot', by: 'OpenAI', purpose: 'ChatGPT search' },
  { agent: 'ChatGPT-User', by: 'OpenAI', purpose: 'fetches for a user' },
  { agent: 'ClaudeBot', by: 'Anthropic', purpose: 'model training' },
  { agent: 'Claude-SearchBot', by: 'Anthropic', purpose: 'search' },
  { agent: 'Claude-User', by: 'Anthropic', purpose: 'fetches for a user' },
  { agent: 'Google-Extended', by: 'Google', purpose: 'Gemini training and grounding' },
  { agent: 'Applebot-Extended', by: 'Apple', purpose: 'Apple Intelligence training' },
  { agent: 'PerplexityBot', by: 'Perplexity', purpose: 'search' },
  { agent: 'Perplexity-User', by: 'Perplexity', purpose: 'fetches for a user' },
  { agent: 'CCBot', by: 'Common Crawl', purpose: 'open web corpus' },
  { agent: 'Meta-ExternalAgent', by: 'Meta', purpose: 'model training' },
  { agent: 'Amazonbot', by: 'Amazon', purpose: 'Alexa and model training' },
  { agent: 'Bytespider', by: 'ByteDance', purpose: 'model training' },
  { agent: 'MistralAI-User', by: 'Mistral', purpose: 'fetches for a user' },
  { agent: 'DuckAssistBot', by: 'DuckDuckGo', purpose: 'DuckAssist answers' },
] as const

export type AiCrawler = (typeof AI_CRAWLERS)[number]['agent']

export const AI_CRAWLER_AGENTS: readonly AiCrawler[] = AI_CRAWLERS.map((crawler) => crawler.agent)
