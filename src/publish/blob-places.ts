// Where each blob is being put on each registry, across one run's publications (several images):
// the first to copy a blob to a registry uploads it, and the others mount it from there once it
// has landed, so a layer shared by the images (the base's, zoneinfo) goes up once per registry.
// A copy that fails leaves the others to upload their own. Pure.
import type { BlobOutcome } from '../lib/oci/store.js'

interface Place {
  repository: string
  landed: Promise<string | undefined>
}

export class BlobPlaces {
  private readonly places = new Map<string, Place>()

  /** A copy into `repository` on `apiHost` started: the first one for the blob there is its place. */
  placing(apiHost: string, repository: string, digest: string, copying: Promise<BlobOutcome>): void {
    const key = `${apiHost} ${digest}`
    if (this.places.has(key)) return
    this.places.set(key, {
      repository,
      landed: copying.then(
        () => repository,
        () => undefined,
      ),
    })
  }

  /** The repository on `apiHost` another copy put the blob in, once landed; undefined: upload it. */
  async from(apiHost: string, repository: string, digest: string): Promise<string | undefined> {
    const place = this.places.get(`${apiHost} ${digest}`)
    return place && place.repository !== repository ? place.landed : undefined
  }
}
