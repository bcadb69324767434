import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

import { drawLogos, drawPhotos, type Artwork } from './generate/artwork';

/** The part of the upload plugin's service the seed calls. */
interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<{ id: number }[]>;
}

/** Uploaded images by pool; an entry's image index picks from these ids. */
export interface ImagePools {
  photos: number[];
  logos: number[];
}

// Uploading also renders three responsive sizes per picture; a few at a time keeps both
// cores busy without piling up sharp work.
const UPLOADS_AT_ONCE = 3;

/**
 * Renders the demo pictures to WebP and uploads each once through the upload plugin, so that
 * they appear in the media library with their formats and alt text, ready to be reused.
 */
export async function uploadDemoImages(strapi: Core.Strapi): Promise<ImagePools> {
  const uploads = strapi.plugin('upload').service('upload') as UploadService;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'huijiu-seed-'));

  const uploadOne = async (artwork: Artwork): Promise<number> => {
    const filepath = path.join(folder, artwork.fileName);
    await sharp(Buffer.from(artwork.svg)).webp({ quality: 82 }).toFile(filepath);
    const { size } = await stat(filepath);
    const [file] = await uploads.upload({
      data: { fileInfo: { name: artwork.fileName, alternativeText: artwork.alternativeText } },
      files: { filepath, originalFilename: artwork.fileName, mimetype: 'image/webp', size },
    });
    return file.id;
  };

  const uploadAll = async (artworks: Artwork[]): Promise<number[]> => {
    const ids: number[] = [];
    for (let start = 0; start < artworks.length; start += UPLOADS_AT_ONCE) {
      const batch = artworks.slice(start, start + UPLOADS_AT_ONCE);
      ids.push(...(await Promise.all(batch.map(uploadOne))));
    }
    return ids;
  };

  try {
    const started = performance.now();
    const pools = { photos: await uploadAll(drawPhotos()), logos: await uploadAll(drawLogos()) };
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    strapi.log.info(
      `Demo content: ${pools.photos.length + pools.logos.length} images in ${seconds} s`,
    );
    return pools;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
