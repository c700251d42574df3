using System.Buffers.Binary;
using System.IO.Compression;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>The pixels of an 8-bit RGBA or RGB PNG (the kinds app icons are), read without an image library.</summary>
public sealed record Png(int Width, int Height, bool HasAlpha, byte[] Rgba)
{
    public (byte R, byte G, byte B, byte A) this[int x, int y] =>
        (Rgba[(y * Width + x) * 4], Rgba[(y * Width + x) * 4 + 1], Rgba[(y * Width + x) * 4 + 2], Rgba[(y * Width + x) * 4 + 3]);

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels =>
        Enumerable.Range(0, Width * Height).Select(i => (Rgba[i * 4], Rgba[i * 4 + 1], Rgba[i * 4 + 2], Rgba[i * 4 + 3]));

    public static Png Read(byte[] file)
    {
        byte[] signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
        Assert.True(file.AsSpan(0, 8).SequenceEqual(signature), "not a PNG");
        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height, colorType) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[9]);
                Assert.True(data[8] == 8 && colorType is 2 or 6 && data[12] == 0, $"only 8-bit, non-interlaced RGB(A) is read here; bit depth {data[8]}, colour type {colorType}");
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        var channels = colorType == 6 ? 4 : 3;
        using var inflater = new ZLibStream(new MemoryStream(idat.ToArray()), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new Png(width, height, colorType == 6, ToRgba(Unfilter(raw.ToArray(), width, height, channels), width * height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
                int value = raw[y * (stride + 1) + 1 + x];
                pixels[y * stride + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException("PNG filter " + filter),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int count, int channels)
    {
        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            (rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2], rgba[i * 4 + 3]) = (pixels[i * 3], pixels[i * 3 + 1], pixels[i * 3 + 2], 255);
        }

        return rgba;
    }
}
