// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.util.List;

/** Maps one provider document to records. Validation is done by the caller, {@link Provider}. */
interface PresenceAdapter {

    /**
     * The records in {@code document}, in document order; empty when it holds no presence event.
     *
     * @throws MappingException when the document is not a shape this provider sends
     */
    List<MappedRecord> map(PayloadNode document, AdapterContext context);
}
