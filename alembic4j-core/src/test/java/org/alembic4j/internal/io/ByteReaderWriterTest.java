package org.alembic4j.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByteReaderWriterTest {

    @Test
    void fieldsRoundTrip() {
        ByteWriter out = new ByteWriter();
        out.writeBytes(new byte[] {'m', '\n'});
        out.writeInt(-7);
        out.writeLong(Long.MIN_VALUE + 12345);
        out.writeLong(1_700_000_000_123_456_789L);
        out.writeString("");
        out.writeString("plain \u00e9\u00ff");
        out.writeString("\u4e2d\u6587 \ud83d\ude00");
        for (int n = 0; n < 4; n++) {
            out.writeStrings(List.of("a", "\u0100", "c", "d").subList(0, n));
        }
        int lengthAt = out.size();
        out.writeInt(0);
        out.writeIntAt(lengthAt, 99);
        for (int i = 0; i < 5000; i++) { // past the first buffer
            out.writeString("x");
        }

        ByteReader in = ByteReader.checked(out.toCheckedBytes());
        assertThat(in.skipIfEqual(new byte[] {'m', 'x'})).isFalse();
        assertThat(in.skipIfEqual(new byte[] {'m', '\n'})).isTrue();
        assertThat(in.readInt()).isEqualTo(-7);
        assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE + 12345);
        assertThat(in.readLong()).isEqualTo(1_700_000_000_123_456_789L);
        assertThat(in.readString()).isEmpty();
        assertThat(in.readString()).isEqualTo("plain \u00e9\u00ff");
        assertThat(in.readString()).isEqualTo("\u4e2d\u6587 \ud83d\ude00");
        for (int n = 0; n < 4; n++) {
            assertThat(in.readStrings()).isEqualTo(List.of("a", "\u0100", "c", "d").subList(0, n));
        }
        assertThat(in.readInt()).isEqualTo(99);
        int at = in.position();
        assertThat(in.readString()).isEqualTo("x");
        in.seek(at);
        for (int i = 0; i < 5000; i++) {
            assertThat(in.readString()).isEqualTo("x");
        }
        assertThat(in.atEnd()).isTrue();
        assertThatThrownBy(in::readInt).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDamagedOrShortArrayHasNoReader() {
        ByteWriter out = new ByteWriter();
        out.writeString("content");
        byte[] bytes = out.toCheckedBytes();
        assertThat(ByteReader.checked(bytes)).isNotNull();
        for (int i = 0; i < bytes.length; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 1;
            assertThat(ByteReader.checked(damaged)).as("bit flipped in byte " + i).isNull();
        }
        assertThat(ByteReader.checked(new byte[3])).isNull();
        assertThat(ByteReader.checked(new byte[0])).isNull();
    }

    @Test
    void badLengthsFailInsteadOfReadingPastTheEnd() {
        ByteWriter out = new ByteWriter();
        out.writeInt(1000);
        out.writeInt(-1000);
        out.writeInt(5);
        ByteReader in = ByteReader.checked(out.toCheckedBytes());
        assertThatThrownBy(in::readString).isInstanceOf(IllegalStateException.class);
        in.seek(4);
        assertThatThrownBy(in::readString).isInstanceOf(IllegalStateException.class);
        in.seek(8);
        assertThatThrownBy(in::readStrings).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLoneSurrogateIsRefusedAndTruncateForgetsIt() {
        ByteWriter out = new ByteWriter();
        out.writeString("kept");
        int mark = out.size();
        assertThatThrownBy(() -> out.writeString("bad \ud800")).isInstanceOf(IllegalArgumentException.class);
        out.truncate(mark);
        ByteReader in = ByteReader.checked(out.toCheckedBytes());
        assertThat(in.readString()).isEqualTo("kept");
        assertThat(in.atEnd()).isTrue();
    }
}
