using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Easemob.PowerShell.Model.Tokens;

/// <summary>
/// Agora's AccessToken2 ("007" tokens), which Agora Chat accepts as app and user tokens: built by the client
/// for Connect-EmApp -AgoraAppId and checked by the emulator. The layout and signature follow Agora's public
/// token builders (AgoraIO/Tools, DynamicKey/AgoraDynamicKey); their published vectors are the unit tests.
/// </summary>
internal sealed class AgoraAccessToken2
{
    public const string Version = "007";
    public const ushort ChatService = 5;
    public const ushort ChatUserPrivilege = 1;
    public const ushort ChatAppPrivilege = 2;

    public AgoraAccessToken2(string appId, uint issuedAt, uint expire, uint salt, IReadOnlyList<AgoraTokenService> services)
    {
        AppId = appId;
        IssuedAt = issuedAt;
        Expire = expire;
        Salt = salt;
        Services = services;
    }

    public string AppId { get; }

    /// <summary>Unix seconds.</summary>
    public uint IssuedAt { get; }

    /// <summary>Seconds after <see cref="IssuedAt"/> the token stays valid.</summary>
    public uint Expire { get; }

    public uint Salt { get; }

    /// <summary>In ascending type order, as they are packed.</summary>
    public IReadOnlyList<AgoraTokenService> Services { get; }

    /// <summary>The chat app token of Agora's ChatTokenBuilder2.buildAppToken.</summary>
    public static AgoraAccessToken2 ChatApp(string appId, uint issuedAt, uint expire, uint salt) =>
        new AgoraAccessToken2(appId, issuedAt, expire, salt, new[] { AgoraTokenService.Chat(string.Empty, ChatAppPrivilege, expire) });

    /// <summary>The chat user token of Agora's ChatTokenBuilder2.buildUserToken.</summary>
    public static AgoraAccessToken2 ChatUser(string appId, string userId, uint issuedAt, uint expire, uint salt) =>
        new AgoraAccessToken2(appId, issuedAt, expire, salt, new[] { AgoraTokenService.Chat(userId, ChatUserPrivilege, expire) });

    /// <summary>Whether a value is an Agora app id or app certificate: 32 hexadecimal digits.</summary>
    public static bool IsHex32(string value) => value.Length == 32 && value.All(Uri.IsHexDigit);

    /// <summary>"007" and the base64 of the zlib-compressed signature and content.</summary>
    /// <param name="certificate">The app certificate's ASCII bytes; the caller clears them.</param>
    public string Build(byte[] certificate)
    {
        var content = Content();
        using var hmac = new HMACSHA256(SigningKey(certificate));
        var signed = new Packer();
        signed.PutBytes(hmac.ComputeHash(content));
        signed.PutRaw(content);
        return Version + Convert.ToBase64String(ZlibCompression.Compress(signed.ToArray()));
    }

    /// <summary>Reads a token without checking its signature; null when it is not an AccessToken2.</summary>
    public static AgoraAccessToken2? Parse(string token) => Read(token, out _, out _);

    /// <summary>
    /// Reads a token and checks that <paramref name="certificate"/> signed it; null when it is not an
    /// AccessToken2 or its signature does not match.
    /// </summary>
    public static AgoraAccessToken2? Verify(string token, byte[] certificate)
    {
        var parsed = Read(token, out var signature, out var content);
        if (parsed == null)
        {
            return null;
        }

        using var hmac = new HMACSHA256(parsed.SigningKey(certificate));
        var expected = hmac.ComputeHash(content!);
        var difference = expected.Length ^ signature!.Length;
        for (var i = 0; i < Math.Min(expected.Length, signature.Length); i++)
        {
            difference |= expected[i] ^ signature[i];
        }
        return difference == 0 ? parsed : null;
    }

    /// <summary>The privilege's expiry (seconds after issue) in the given service, or null without it.</summary>
    public uint? Privilege(ushort serviceType, ushort privilege) =>
        Services.FirstOrDefault(s => s.Type == serviceType)?.Privileges.TryGetValue(privilege, out var expire) == true ? expire : (uint?)null;

    private byte[] SigningKey(byte[] certificate)
    {
        using var byIssue = new HMACSHA256(BitConverter.GetBytes(IssuedAt).LittleEndian());
        var signing = byIssue.ComputeHash(certificate);
        using var bySalt = new HMACSHA256(BitConverter.GetBytes(Salt).LittleEndian());
        return bySalt.ComputeHash(signing);
    }

    private byte[] Content()
    {
        var packer = new Packer();
        packer.PutString(AppId);
        packer.PutUInt32(IssuedAt);
        packer.PutUInt32(Expire);
        packer.PutUInt32(Salt);
        packer.PutUInt16((ushort)Services.Count);
        foreach (var service in Services.OrderBy(s => s.Type))
        {
            packer.PutUInt16(service.Type);
            packer.PutUInt16((ushort)service.Privileges.Count);
            foreach (var privilege in service.Privileges)
            {
                packer.PutUInt16(privilege.Key);
                packer.PutUInt32(privilege.Value);
            }
            foreach (var field in service.Fields)
            {
                packer.PutString(field);
            }
        }
        return packer.ToArray();
    }

    private static AgoraAccessToken2? Read(string token, out byte[]? signature, out byte[]? content)
    {
        signature = null;
        content = null;
        if (token == null || !token.StartsWith(Version, StringComparison.Ordinal))
        {
            return null;
        }

        byte[] packed;
        try
        {
            packed = ZlibCompression.Decompress(Convert.FromBase64String(token.Substring(Version.Length))) ?? Array.Empty<byte>();
        }
        catch (FormatException)
        {
            return null;
        }

        try
        {
            var reader = new Unpacker(packed);
            signature = reader.Bytes();
            var contentStart = reader.Position;
            var appId = reader.String();
            var issuedAt = reader.UInt32();
            var expire = reader.UInt32();
            var salt = reader.UInt32();
            var services = new List<AgoraTokenService>();
            for (var count = reader.UInt16(); count > 0; count--)
            {
                var type = reader.UInt16();
                var privileges = new SortedDictionary<ushort, uint>();
                for (var privilegeCount = reader.UInt16(); privilegeCount > 0; privilegeCount--)
                {
                    privileges[reader.UInt16()] = reader.UInt32();
                }
                var fieldCount = AgoraTokenService.StringFieldCount(type);
                if (fieldCount == null)
                {
                    return null;
                }
                services.Add(new AgoraTokenService(type, privileges, Enumerable.Range(0, fieldCount.Value).Select(_ => reader.String()).ToArray()));
            }
            if (reader.Position != packed.Length)
            {
                return null;
            }
            content = packed.Skip(contentStart).ToArray();
            return new AgoraAccessToken2(appId, issuedAt, expire, salt, services);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Little-endian fields; strings and byte strings with a 16-bit length first.</summary>
    private sealed class Packer
    {
        private readonly MemoryStream _stream = new MemoryStream();

        public void PutUInt16(ushort value) => PutRaw(BitConverter.GetBytes(value).LittleEndian());

        public void PutUInt32(uint value) => PutRaw(BitConverter.GetBytes(value).LittleEndian());

        public void PutBytes(byte[] value)
        {
            PutUInt16((ushort)value.Length);
            PutRaw(value);
        }

        public void PutString(string value) => PutBytes(Encoding.UTF8.GetBytes(value));

        public void PutRaw(byte[] value) => _stream.Write(value, 0, value.Length);

        public byte[] ToArray() => _stream.ToArray();
    }

    private sealed class Unpacker
    {
        private readonly byte[] _data;

        public Unpacker(byte[] data)
        {
            _data = data;
        }

        public int Position { get; private set; }

        public ushort UInt16() => (ushort)(Next() | Next() << 8);

        public uint UInt32() => UInt16() | (uint)UInt16() << 16;

        public byte[] Bytes()
        {
            var length = UInt16();
            if (Position + length > _data.Length)
            {
                throw new EndOfStreamException();
            }
            var bytes = _data.Skip(Position).Take(length).ToArray();
            Position += length;
            return bytes;
        }

        public string String() => Encoding.UTF8.GetString(Bytes());

        private int Next()
        {
            if (Position >= _data.Length)
            {
                throw new EndOfStreamException();
            }
            return _data[Position++];
        }
    }
}

/// <summary>One service of an <see cref="AgoraAccessToken2"/>: its privileges (id → seconds after issue) and its string fields.</summary>
internal sealed class AgoraTokenService
{
    public AgoraTokenService(ushort type, SortedDictionary<ushort, uint> privileges, IReadOnlyList<string> fields)
    {
        Type = type;
        Privileges = privileges;
        Fields = fields;
    }

    public ushort Type { get; }

    public SortedDictionary<ushort, uint> Privileges { get; }

    /// <summary>Chat: the user id ("" for the app). RTC and streaming: the channel name and the uid.</summary>
    public IReadOnlyList<string> Fields { get; }

    public static AgoraTokenService Chat(string userId, ushort privilege, uint expire) =>
        new AgoraTokenService(AgoraAccessToken2.ChatService, new SortedDictionary<ushort, uint> { [privilege] = expire }, new[] { userId });

    /// <summary>How many strings follow the privileges in a service of this type; null for types not read here.</summary>
    public static int? StringFieldCount(ushort type)
    {
        switch (type)
        {
            case 1: // RTC: channel name, uid
            case 3: // streaming: channel name, uid
                return 2;
            case 2: // RTM: user id
            case AgoraAccessToken2.ChatService:
                return 1;
            default:
                return null;
        }
    }
}

internal static class ByteOrderExtensions
{
    /// <summary>The bytes of a BitConverter result in little-endian order, whatever the machine's order.</summary>
    public static byte[] LittleEndian(this byte[] bytes)
    {
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }
        return bytes;
    }
}
