using System.Globalization;
using System.Text;

namespace KernelPortal.UnitTests.Fuzz;

/// <summary>
/// A small mutation fuzzer: takes a valid input (a fixture in the real format) and damages it the ways real data
/// gets damaged: flipped and random bytes, cut and repeated ranges, truncation, and tokens that parsers trip over
/// (NULs, stray markup, deep nesting, huge numbers, broken encodings). Seeded, so any failure can be replayed.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "\0", "\r\n\r\n", "<", ">", "&", "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;",
        "{", "}", "[", "]", "\"", "\\", "\\u0000", "\\ud800", ":", ",", "null", "true", "-1", "1e309", "99999999999999999999999",
        "=?utf-8?B?", "=?x-unknown?Q?=FF?=", "--boundary", "Content-Type: multipart/mixed; boundary=x\r\n", "Subject: ",
        "\u00ff\u00fe", "\ufffd", new string('[', 2000), new string('{', 2000), new string('<', 500), new string('a', 100_000),
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var steps = 1 + _random.Next(4);
        for (var i = 0; i < steps; i++)
        {
            var at = data.Count == 0 ? 0 : _random.Next(data.Count);
            switch (_random.Next(7))
            {
                case 0 when data.Count > 0:
                    data[at] = (byte)_random.Next(256);
                    break;
                case 1 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(64)));
                    break;
                case 2 when data.Count > 0:
                    var length = Math.Min(data.Count - at, 1 + _random.Next(256));
                    data.InsertRange(_random.Next(data.Count), data.GetRange(at, length));
                    break;
                case 3:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                    break;
                case 4 when data.Count > 0:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 5:
                    var noise = new byte[1 + _random.Next(32)];
                    _random.NextBytes(noise);
                    data.InsertRange(at, noise);
                    break;
                default:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(_random.Next().ToString(CultureInfo.InvariantCulture)));
                    break;
            }
        }

        return [.. data];
    }
}
