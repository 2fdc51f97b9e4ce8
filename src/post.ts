// The post step. It will save the module and build caches (the cache issue); until then it
// has nothing to do.
import * as core from '@actions/core'

core.debug('build-go-image post step: nothing to save')
