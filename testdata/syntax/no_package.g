func main() { // ERROR "package statement must be first"
}
