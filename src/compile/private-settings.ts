// The private-module inputs: go-private (GOPRIVATE patterns) and go-private-token. Pure.

import { InputError } from '../inputs/error.js'
import { type InputReader, splitList } from '../inputs/text.js'
import { type PrivateModules, tokenScope } from './private-modules.js'

const PATTERN = /^[A-Za-z0-9.*?[\]\\_~:/-]+$/

export function parsePrivateModules(read: InputReader): PrivateModules {
  const patterns = splitList(read('go-private'), true)
  for (const p of patterns) {
    if (!PATTERN.test(p))
      throw new InputError(
        'go-private',
        p,
        'give module path patterns as GOPRIVATE takes them, e.g. github.com/my-org/*, comma or newline separated',
      )
  }
  const token = read('go-private-token').trim()
  if (!token) return { patterns }
  if (patterns.length === 0)
    throw new InputError(
      'go-private-token',
      token,
      "set 'go-private' too: the module path patterns (e.g. github.com/my-org/*) whose hosts may receive the token",
    )
  for (const p of patterns) {
    if (!tokenScope(p))
      throw new InputError(
        'go-private',
        p,
        'with go-private-token each pattern must start with a host the token may go to, e.g. ' +
          'github.com/my-org/* or *.corp.example',
      )
  }
  return { patterns, token }
}
