using System;
using System.Buffers;
using System.Collections.Generic;
using System.Security;
using System.Text.Json;
using Easemob.PowerShell.Client.Auth;

namespace Easemob.PowerShell.Client.Http;

/// <summary>
/// A JSON request body that contains a secret read from a SecureString. The secret never becomes a managed
/// string: it is copied into a char array that is zeroed right after writing, and the body's bytes are zeroed
/// on Dispose.
/// </summary>
internal sealed class SensitiveJsonBody : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = new byte[256];
    private int _length;

    private SensitiveJsonBody()
    {
    }

    public ArraySegment<byte> Bytes => new(_buffer, 0, _length);

    /// <summary><c>{"grant_type":"client_credentials","client_id":…,"client_secret":…}</c>.</summary>
    public static SensitiveJsonBody ForToken(string clientId, SecureString clientSecret) =>
        Write(writer =>
        {
            writer.WriteString("grant_type", "client_credentials");
            writer.WriteString("client_id", clientId);
            WriteSecret(writer, "client_secret", clientSecret);
        });

    /// <summary><c>[{"username":…,"password":…,"nickname":…},…]</c>: the batch register body, nicknames only when given.</summary>
    public static SensitiveJsonBody ForNewUsers(IReadOnlyList<NewUser> users) =>
        WriteValue(writer =>
        {
            writer.WriteStartArray();
            foreach (var user in users)
            {
                writer.WriteStartObject();
                WriteNewUser(writer, user.Username, user.Password, user.Nickname);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        });

    /// <summary><c>{"newpassword":…}</c>.</summary>
    public static SensitiveJsonBody ForNewPassword(SecureString password) =>
        Write(writer => WriteSecret(writer, "newpassword", password));

    /// <summary>
    /// The user token request: <c>{"grant_type":"password","username":…,"password":…,"ttl":…}</c>, or without a
    /// password <c>{"grant_type":"inherit","username":…,"autoCreateUser":…,"ttl":…}</c>; ttl only when given.
    /// </summary>
    public static SensitiveJsonBody ForUserToken(string username, SecureString? password, long? ttlSeconds, bool autoCreateUser) =>
        Write(writer =>
        {
            writer.WriteString("grant_type", password is null ? "inherit" : "password");
            writer.WriteString("username", username);
            if (password is null) writer.WriteBoolean("autoCreateUser", autoCreateUser);
            else WriteSecret(writer, "password", password);
            if (ttlSeconds is { } ttl) writer.WriteNumber("ttl", ttl);
        });

    public void Dispose() => Array.Clear(_buffer, 0, _buffer.Length);

    void IBufferWriter<byte>.Advance(int count) => _length += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint) => Reserve(sizeHint).AsMemory(_length);

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint) => Reserve(sizeHint).AsSpan(_length);

    private static SensitiveJsonBody Write(Action<Utf8JsonWriter> writeProperties) =>
        WriteValue(writer =>
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        });

    private static SensitiveJsonBody WriteValue(Action<Utf8JsonWriter> writeValue)
    {
        var body = new SensitiveJsonBody();
        using (var writer = new Utf8JsonWriter(body))
        {
            writeValue(writer);
        }
        return body;
    }

    private static void WriteNewUser(Utf8JsonWriter writer, string username, SecureString password, string? nickname)
    {
        writer.WriteString("username", username);
        WriteSecret(writer, "password", password);
        if (nickname is not null) writer.WriteString("nickname", nickname);
    }

    private static void WriteSecret(Utf8JsonWriter writer, string name, SecureString secret)
    {
        var chars = SecretText.Chars(secret);
        try
        {
            writer.WriteString(name, (ReadOnlySpan<char>)chars);
        }
        finally
        {
            Array.Clear(chars, 0, chars.Length);
        }
    }

    /// <summary>Grows the buffer when needed, zeroing the old one so no copy of the secret is left behind.</summary>
    private byte[] Reserve(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length) return _buffer;
        var larger = new byte[Math.Max(needed, _buffer.Length * 2)];
        Buffer.BlockCopy(_buffer, 0, larger, 0, _length);
        Array.Clear(_buffer, 0, _buffer.Length);
        _buffer = larger;
        return _buffer;
    }
}
