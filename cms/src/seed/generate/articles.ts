import type { Random } from '../random';
import { NEWS_DESKS, writeStories, type ProfiledCompany } from '../vocabulary/newsroom';
import { categoryKey } from './categories';
import { PHOTO_COUNT } from './artwork';
import { personName } from './merchants';
import { fullHour, leadSentences, paragraphs, shiftDays, type SlugBook } from './text';
import type { PlannedArticle } from './types';

const ARTICLE_COUNT = 50;

/** Fifty articles, newest first, one every two days or so over the last months. */
export function planArticles(
  random: Random,
  now: Date,
  slugs: SlugBook,
  companies: readonly ProfiledCompany[],
): PlannedArticle[] {
  const stories = random.shuffle(writeStories(random, companies)).slice(0, ARTICLE_COUNT);
  let publishedAt = fullHour(now);

  return stories.map((story) => {
    publishedAt = shiftDays(publishedAt, -random.int(1, 3), -random.int(0, 9));
    const excerpt = leadSentences(story.paragraphs[0], 120);

    return {
      title: story.title,
      slug: slugs.claim(story.title),
      excerpt,
      authorName: random.chance(0.6) ? random.pick(NEWS_DESKS) : `本网记者 ${personName(random)}`,
      tags: [...story.tags],
      body: paragraphs(story.paragraphs),
      categoryKey: categoryKey('news', story.category),
      cover: random.int(0, PHOTO_COUNT - 1),
      publishedAt: publishedAt.toISOString(),
      seo: random.chance(0.4)
        ? { metaTitle: story.title, metaDescription: excerpt, keywords: story.tags.join(',') }
        : null,
    };
  });
}
