import BuktiCore
import BuktiFormats

print("bukti")
