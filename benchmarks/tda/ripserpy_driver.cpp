// Times ripser.py's C++ core (the code canns' ripser call runs, with cocycles) on a distance matrix, without Python:
// reads the condensed upper triangle (float32, scipy pdist order) that ripser.py passes to rips_dm, calls rips_dm as
// ripser.py does (threshold infinity: enclosing radius; +inf entries as given), and prints the bar counts and the
// seconds spent in rips_dm. Compiled by run.sh together with ripser.py's src/ripser/ripser.cpp:
//   ripserpy_driver FILE.bin MAXDIM COEFF COCYCLES(0|1)
#include <chrono>
#include <cstdio>
#include <fstream>
#include <limits>
#include <vector>

#include "ripser.cpp"

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s FILE.bin MAXDIM COEFF COCYCLES\n", argv[0]);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary | std::ios::ate);
    std::streamsize bytes = in.tellg();
    in.seekg(0);
    std::vector<float> d(bytes / sizeof(float));
    in.read(reinterpret_cast<char*>(d.data()), bytes);
    auto start = std::chrono::steady_clock::now();
    ripserResults r = rips_dm(d.data(), (int) d.size(), std::atoi(argv[3]), std::atoi(argv[2]),
                              std::numeric_limits<float>::infinity(), std::atoi(argv[4]));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("seconds=%.3f bars=", seconds);
    for (size_t k = 0; k < r.births_and_deaths_by_dim.size(); k++) {
        std::printf("%s%zu", k ? "," : "", r.births_and_deaths_by_dim[k].size() / 2);
    }
    std::printf("\n");
    return 0;
}
