package org.bridgework.ui.literature.internal;

import org.bridgework.ui.api.MessageKeys;
import org.junit.jupiter.api.Test;

class MessageKeysTest {

    @Test
    void everyKeyTheCodeAsksForIsDefinedAndEveryDefinedKeyIsUsed() {
        MessageKeys.assertComplete(LiteraturePart.class);
    }
}
