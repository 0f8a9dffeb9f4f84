using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace Easemob.PowerShell.Model.Tokens;

/// <summary>
/// zlib streams (RFC 1950) for short inputs such as tokens, compressed exactly as zlib 1.x does at its default
/// level (6), so that a token comes out byte for byte as the vendor's builders (Java's Deflater) make it.
/// Hand-written because the runtime's compressor differs by runtime (zlib in .NET Framework, zlib-ng in
/// .NET 9+) and so would make different bytes in Windows PowerShell and PowerShell 7.
/// </summary>
/// <remarks>
/// Follows zlib's deflate_slow (lazy matching: good 8, lazy 16, nice 128, chain 128) and its choice between a
/// stored and a fixed-code block. Dynamic-code blocks are never made: zlib picks them only when they are
/// smaller, which the tree header prevents at token sizes; any output is a valid stream either way.
/// </remarks>
internal static class ZlibCompression
{
    /// <summary>Beyond this zlib would slide its window or split blocks, which this encoder does not copy.</summary>
    public const int MaxInputLength = 16000;

    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int GoodLength = 8;
    private const int MaxLazy = 16;
    private const int NiceLength = 128;
    private const int MaxChain = 128;
    private const int TooFar = 4096;
    private const int MaxDistance = 32768 - (MaxMatch + MinMatch + 1);
    private const int HashMask = (1 << 15) - 1;

    private static readonly int[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
    private static readonly int[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
    private static readonly int[] DistanceBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
    private static readonly int[] DistanceExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

    public static byte[] Compress(byte[] data)
    {
        if (data.Length > MaxInputLength)
        {
            throw new ArgumentException($"At most {MaxInputLength} bytes can be compressed.", nameof(data));
        }

        var symbols = Parse(data);
        var output = new BitWriter();
        output.WriteByte(0x78);
        output.WriteByte(0x9C);
        // zlib's rule: stored when that is no longer than the fixed-code block (both counted in whole bytes).
        var fixedBytes = (FixedCodeBits(symbols) + 3 + 7) >> 3;
        if (data.Length + 4 <= fixedBytes)
        {
            output.WriteBits(1, 3);
            output.AlignToByte();
            output.WriteByte((byte)data.Length);
            output.WriteByte((byte)(data.Length >> 8));
            output.WriteByte((byte)~data.Length);
            output.WriteByte((byte)(~data.Length >> 8));
            foreach (var b in data)
            {
                output.WriteByte(b);
            }
        }
        else
        {
            output.WriteBits(3, 3);
            foreach (var symbol in symbols)
            {
                WriteFixed(output, symbol);
            }
            WriteLiteralOrLengthCode(output, 256);
            output.AlignToByte();
        }

        var adler = Adler32(data);
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            output.WriteByte((byte)(adler >> shift));
        }
        return output.ToArray();
    }

    /// <summary>Inflates a zlib stream, checking its header and checksum; null when it is not one.</summary>
    public static byte[]? Decompress(byte[] data)
    {
        if (data.Length < 6 || (data[0] & 0x0F) != 8 || ((data[0] << 8) | data[1]) % 31 != 0 || (data[1] & 0x20) != 0)
        {
            return null;
        }

        try
        {
            using var input = new MemoryStream(data, 2, data.Length - 6);
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflater.CopyTo(output);
            var inflated = output.ToArray();
            var expected = (uint)(data[data.Length - 4] << 24 | data[data.Length - 3] << 16 | data[data.Length - 2] << 8 | data[data.Length - 1]);
            return Adler32(inflated) == expected ? inflated : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A literal byte (Distance 0) or a match of Length bytes Distance back.</summary>
    private readonly struct Symbol
    {
        public Symbol(int literalOrLength, int distance)
        {
            LiteralOrLength = literalOrLength;
            Distance = distance;
        }

        public int LiteralOrLength { get; }

        public int Distance { get; }
    }

    /// <summary>zlib's lazy-matching parse, including its quirks: position 0 is never a match source, and a match
    /// may be measured against the zeros past the end before being cut to what is left.</summary>
    private static List<Symbol> Parse(byte[] data)
    {
        var window = new byte[data.Length + MaxMatch + MinMatch];
        Array.Copy(data, window, data.Length);
        var head = new int[HashMask + 1];
        var previous = new int[data.Length + 1];
        var symbols = new List<Symbol>();

        int Insert(int position)
        {
            var hash = ((window[position] << 10) ^ (window[position + 1] << 5) ^ window[position + 2]) & HashMask;
            var chainHead = head[hash];
            previous[position] = chainHead;
            head[hash] = position;
            return chainHead;
        }

        var start = 0;
        var lookahead = data.Length;
        var matchLength = MinMatch - 1;
        var matchStart = 0;
        var matchAvailable = false;

        int LongestMatch(int candidate, int previousLength)
        {
            var chainLength = previousLength >= GoodLength ? MaxChain >> 2 : MaxChain;
            var bestLength = previousLength;
            var nice = Math.Min(NiceLength, lookahead);
            var limit = start > MaxDistance ? start - MaxDistance : 0;
            do
            {
                if (window[candidate + bestLength] != window[start + bestLength]
                    || window[candidate + bestLength - 1] != window[start + bestLength - 1]
                    || window[candidate] != window[start]
                    || window[candidate + 1] != window[start + 1])
                {
                    continue;
                }

                // The third byte is equal by the hash: zlib does not compare it.
                var length = MinMatch;
                while (length < MaxMatch && window[start + length] == window[candidate + length])
                {
                    length++;
                }

                if (length > bestLength)
                {
                    matchStart = candidate;
                    bestLength = length;
                    if (length >= nice)
                    {
                        break;
                    }
                }
            }
            while ((candidate = previous[candidate]) > limit && --chainLength != 0);
            return Math.Min(bestLength, lookahead);
        }

        while (lookahead > 0)
        {
            var chainHead = lookahead >= MinMatch ? Insert(start) : 0;
            var previousLength = matchLength;
            var previousMatch = matchStart;
            matchLength = MinMatch - 1;
            if (chainHead != 0 && previousLength < MaxLazy && start - chainHead <= MaxDistance)
            {
                matchLength = LongestMatch(chainHead, previousLength);
                if (matchLength == MinMatch && start - matchStart > TooFar)
                {
                    matchLength = MinMatch - 1;
                }
            }

            if (previousLength >= MinMatch && matchLength <= previousLength)
            {
                var maxInsert = start + lookahead - MinMatch;
                symbols.Add(new Symbol(previousLength, start - 1 - previousMatch));
                lookahead -= previousLength - 1;
                for (var skipped = previousLength - 2; skipped > 0; skipped--)
                {
                    if (++start <= maxInsert)
                    {
                        Insert(start);
                    }
                }
                matchAvailable = false;
                matchLength = MinMatch - 1;
                start++;
            }
            else
            {
                if (matchAvailable)
                {
                    symbols.Add(new Symbol(window[start - 1], 0));
                }
                matchAvailable = true;
                start++;
                lookahead--;
            }
        }

        if (matchAvailable)
        {
            symbols.Add(new Symbol(window[start - 1], 0));
        }
        return symbols;
    }

    private static long FixedCodeBits(List<Symbol> symbols)
    {
        long bits = 7; // the end-of-block code
        foreach (var symbol in symbols)
        {
            if (symbol.Distance == 0)
            {
                bits += symbol.LiteralOrLength < 144 ? 8 : 9;
            }
            else
            {
                var lengthCode = CodeIndex(LengthBase, symbol.LiteralOrLength);
                var distanceCode = CodeIndex(DistanceBase, symbol.Distance);
                bits += (257 + lengthCode < 280 ? 7 : 8) + LengthExtra[lengthCode] + 5 + DistanceExtra[distanceCode];
            }
        }
        return bits;
    }

    private static void WriteFixed(BitWriter output, Symbol symbol)
    {
        if (symbol.Distance == 0)
        {
            WriteLiteralOrLengthCode(output, symbol.LiteralOrLength);
            return;
        }

        var lengthCode = CodeIndex(LengthBase, symbol.LiteralOrLength);
        WriteLiteralOrLengthCode(output, 257 + lengthCode);
        output.WriteBits(symbol.LiteralOrLength - LengthBase[lengthCode], LengthExtra[lengthCode]);
        var distanceCode = CodeIndex(DistanceBase, symbol.Distance);
        output.WriteCode(distanceCode, 5);
        output.WriteBits(symbol.Distance - DistanceBase[distanceCode], DistanceExtra[distanceCode]);
    }

    /// <summary>The fixed literal/length code of RFC 1951 section 3.2.6.</summary>
    private static void WriteLiteralOrLengthCode(BitWriter output, int symbol)
    {
        if (symbol < 144) output.WriteCode(0x30 + symbol, 8);
        else if (symbol < 256) output.WriteCode(0x190 + symbol - 144, 9);
        else if (symbol < 280) output.WriteCode(symbol - 256, 7);
        else output.WriteCode(0xC0 + symbol - 280, 8);
    }

    private static int CodeIndex(int[] bases, int value)
    {
        var index = bases.Length - 1;
        while (bases[index] > value)
        {
            index--;
        }
        return index;
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    /// <summary>Packs bits least significant first, as deflate does; Huffman codes go most significant bit first.</summary>
    private sealed class BitWriter
    {
        private readonly List<byte> _bytes = new List<byte>();
        private int _pending;
        private int _pendingCount;

        public void WriteBits(int value, int count)
        {
            for (var i = 0; i < count; i++)
            {
                _pending |= ((value >> i) & 1) << _pendingCount;
                if (++_pendingCount == 8)
                {
                    _bytes.Add((byte)_pending);
                    _pending = 0;
                    _pendingCount = 0;
                }
            }
        }

        public void WriteCode(int code, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                WriteBits((code >> i) & 1, 1);
            }
        }

        public void WriteByte(byte value) => WriteBits(value, 8);

        public void AlignToByte()
        {
            if (_pendingCount > 0)
            {
                WriteBits(0, 8 - _pendingCount);
            }
        }

        public byte[] ToArray() => _bytes.ToArray();
    }
}
