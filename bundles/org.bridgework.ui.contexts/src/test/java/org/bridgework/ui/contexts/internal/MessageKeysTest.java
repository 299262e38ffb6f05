package org.bridgework.ui.contexts.internal;

import org.bridgework.ui.api.MessageKeys;
import org.junit.jupiter.api.Test;

class MessageKeysTest {

    @Test
    void everyKeyTheCodeAsksForIsDefinedAndEveryDefinedKeyIsUsed() {
        MessageKeys.assertComplete(ExtensionsPart.class);
    }
}
